import type { Params } from '../params';
import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';
import { busyConnections } from './scenario';

interface WaitFigures {
  mean: number;
  p95: number;
  p99: number;
}
const mean = (r: RunResult) => r.latencyMs.mean;
const p99 = (r: RunResult) => r.latencyMs.p99;
const wait = (r: RunResult) => r.connectionWaitMs as WaitFigures;
const query = (r: RunResult) => r.dbQueryMs as WaitFigures;
const n = (r: RunResult, name: string) => r[name] as number;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const pct = (x: number) => `${Math.round(x * 100)}%`;

export const predictions: Prediction[] = [
  {
    id: 'pool-on',
    question: 'Turn the pool on (20 connections). How much faster does the average request get?',
    choices: [
      { id: 'little', label: 'Barely: a few milliseconds' },
      { id: 'connect', label: 'By about one connect time' },
      { id: 'double', label: 'More than twice as fast' },
    ],
    runs: [
      { label: 'No pool', set: { pool: 'off' } },
      { label: 'Pool of 20', set: { pool: 'on', poolSize: 20 } },
    ],
    answer: ([off, on]) => {
      if (mean(off!) >= 2 * mean(on!)) return 'double';
      const saved = mean(off!) - mean(on!);
      return saved >= 0.5 * (off!.params.connectMs as number) ? 'connect' : 'little';
    },
    explain: ([off, on]) =>
      `The mean went from ${ms(mean(off!))} to ${ms(mean(on!))}, ${pct(1 - mean(on!) / mean(off!))} less. ` +
      `Without the pool every request waited ${ms(wait(off!).mean)} on average for its own connection; ` +
      `with it the wait was ${wait(on!).mean.toFixed(1)} ms, because the ${n(on!, 'connectionsOpened')} connections opened at the start were lent again and again.`,
  },
  {
    id: 'pool-200',
    question:
      'At 1,300 requests/s the database is about 80% busy. Raise the pool from 20 to 200 connections: what happens to p99?',
    choices: [
      { id: 'better', label: 'It drops: more connections, less waiting' },
      { id: 'same', label: 'About the same' },
      { id: 'worse', label: 'It gets much worse' },
    ],
    runs: [
      { label: 'Pool of 20', set: { pool: 'on', rps: 1300, poolSize: 20 } },
      { label: 'Pool of 200', set: { pool: 'on', rps: 1300, poolSize: 200 } },
    ],
    answer: ([a, b]) => {
      const r = p99(b!) / p99(a!);
      if (r > 1.5 || errorShare(b!) > errorShare(a!) + 0.05) return 'worse';
      return r < 0.8 ? 'better' : 'same';
    },
    explain: ([a, b]) =>
      `p99 went from ${ms(p99(a!))} to ${ms(p99(b!))}, and errors from ${pct(errorShare(a!))} to ${pct(errorShare(b!))}. ` +
      `With 20 connections at most 20 queries ran at once and each took ${ms(query(a!).mean)}. ` +
      `With 200, up to ${n(b!, 'peakActiveQueries')} crowded the cores and each took ${ms(query(b!).mean)}, ` +
      `so the database finished fewer per second; past its limit it refused ${n(b!, 'connectionsRefused').toLocaleString('en-US')} connection attempts.`,
  },
  {
    id: 'pool-9',
    question:
      'At 1,000 requests/s about 11 connections are busy on average. Shrink the pool from 20 to 9: what happens?',
    choices: [
      { id: 'little', label: 'A little slower: a few milliseconds of waiting' },
      { id: 'slower', label: 'Much slower, but every request is answered' },
      { id: 'errors', label: 'The line grows until requests give up with errors' },
    ],
    runs: [
      { label: 'Pool of 20', set: { pool: 'on', rps: 1000, poolSize: 20 } },
      { label: 'Pool of 9', set: { pool: 'on', rps: 1000, poolSize: 9 } },
    ],
    answer: ([a, b]) => {
      if (errorShare(b!) > 0.01) return 'errors';
      return p99(b!) > 2 * p99(a!) ? 'slower' : 'little';
    },
    explain: ([a, b]) =>
      `The wait for a connection went from ${ms(wait(a!).p95)} to ${ms(wait(b!).p95)} at p95, and ${pct(errorShare(b!))} of requests gave up after the ${ms(b!.params.waitTimeoutMs as number)} wait timeout. ` +
      'Nine connections can carry only about 9 ÷ 11 ms ≈ 800 queries a second, fewer than arrive, so the line in front of the pool never stops growing.',
  },
];

const DB_DEFAULTS = { queryMs: 10, dbCores: 16, dbMaxConnections: 100 };
const dbUntouched = (p: Params) => Object.entries(DB_DEFAULTS).every(([k, v]) => p[k] === v);
const appUntouched = (p: Params) =>
  (p.rps as number) >= 1000 && p.appMs === 40 && p.connectMs === 35;
const changed = (r: RunResult, what: RegExp) => (r.interventions ?? []).some((x) => what.test(x));

/** Mean latency without a pool when connections take 100 ms to open (teaching.test checks it). */
export const SLOW_CONNECT_NO_POOL_MS = 160;

export const exercises: Exercise[] = [
  {
    id: 'cut-latency',
    prompt: `Connections are slow to open on this network: set Connect time to 100 ms and switch the pool off. Requests now average about ${SLOW_CONNECT_NO_POOL_MS} ms. Cut that by 30% (under ${Math.round(0.7 * SLOW_CONNECT_NO_POOL_MS)} ms) without touching the database or the app's own work.`,
    hint: 'Each request pays for a new connection before its query. What if it did not have to?',
    check: (r, p) =>
      dbUntouched(p) &&
      (p.rps as number) >= 1000 &&
      p.appMs === 40 &&
      (p.connectMs as number) >= 100 &&
      mean(r) < 0.7 * SLOW_CONNECT_NO_POOL_MS &&
      errorShare(r) === 0 &&
      !changed(r, /:db@/),
  },
  {
    id: 'smallest-pool',
    prompt:
      'Find the smallest pool that keeps p99 under 120 ms at 1,000 requests/s with no errors (within a few connections).',
    hint: 'Little’s law: 1,000 requests/s × about 11 ms holding a connection ≈ 11 busy. Start just above that.',
    check: (r, p) =>
      p.pool === 'on' &&
      p.rps === 1000 &&
      dbUntouched(p) &&
      appUntouched(p) &&
      (p.poolSize as number) <= Math.ceil(1.4 * busyConnections(p)) &&
      p99(r) < 120 &&
      errorShare(r) === 0,
  },
  {
    id: 'thrash',
    prompt:
      'Make queries take over five times their own query time with no connection refused and the database settings unchanged.',
    hint: 'Let far more queries run at once than the database has cores: a big pool and more traffic.',
    check: (r, p) =>
      dbUntouched(p) &&
      n(r, 'connectionsRefused') === 0 &&
      query(r).mean > 5 * (p.queryMs as number) &&
      !changed(r, /^slow:db/),
  },
  {
    id: 'overwhelm',
    prompt:
      'Overwhelm the database with connections: get it to refuse connections while the pool is on and the database is up.',
    hint: 'PostgreSQL takes 100 connections by default. What if the pool may open more than that, and needs to?',
    check: (r, p) => p.pool === 'on' && n(r, 'connectionsRefused') > 0 && !changed(r, /:db@/),
  },
  {
    id: 'outage',
    prompt:
      'Kill the database mid-run, then restart it, and watch the pool open its connections all over again.',
    check: (r, p) =>
      p.pool === 'on' &&
      changed(r, /^kill:db@/) &&
      changed(r, /^(restart|restore):db@/) &&
      n(r, 'connectionsOpened') > n(r, 'peakDbConnections'),
  },
];
