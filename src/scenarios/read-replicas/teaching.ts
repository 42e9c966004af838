import { formatRatio } from '../format';
import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';

type Lat = { mean: number; p50: number; p99: number };
const n = (r: RunResult, key: string) => (r[key] as number | undefined) ?? 0;
const lat = (r: RunResult, key: 'writeLatencyMs' | 'readLatencyMs') => r[key] as Lat;
const ms = (x: number) => `${Math.round(x)} ms`;

/** Reads per second answered by the replicas (the primary left out). */
export const replicaReadsPerS = (r: RunResult): number =>
  r.nodes.filter((x) => x.id.startsWith('replica-')).reduce((s, x) => s + x.served, 0) /
  Math.max(1e-9, r.simulatedSeconds);

/** Far more reads than five replicas can take, so each run shows its ceiling. */
const flatOut = { rps: 2500, writeRatio: 0.05, readYourWrites: false, crashAtS: 0 };

export const predictions: Prediction[] = [
  {
    id: 'more-replicas',
    question:
      'Reads have outgrown one replica. You add four more, five in all. How many more reads a second can the database answer?',
    choices: [
      { id: 'same', label: 'About the same: the primary still does the real work' },
      { id: 'double', label: 'About twice as many' },
      { id: 'five', label: 'About five times as many' },
    ],
    runs: [
      { label: '1 replica', set: { ...flatOut, replicas: 1 } },
      { label: '5 replicas', set: { ...flatOut, replicas: 5 } },
    ],
    answer: ([a, b]) => {
      const r = replicaReadsPerS(b!) / replicaReadsPerS(a!);
      return r < 1.5 ? 'same' : r < 3.5 ? 'double' : 'five';
    },
    explain: ([a, b]) =>
      `Flooded with reads, one replica answered ${Math.round(replicaReadsPerS(a!))} a second and five answered ` +
      `${Math.round(replicaReadsPerS(b!))}: ${formatRatio(replicaReadsPerS(b!) / replicaReadsPerS(a!))} as many. ` +
      'Every copy holds all the data, so any of them can answer any read and the reads split evenly. ' +
      'Writes are another story: every one of them still goes to the primary.',
  },
  {
    id: 'ryw-everyone',
    question:
      'Turn on read-your-writes: right after a transfer, that user’s reads go to the primary. What happens to stale reads?',
    choices: [
      { id: 'gone', label: 'They disappear for everyone' },
      {
        id: 'fewer',
        label: 'Users always see their own transfers, but others can still read old balances',
      },
      { id: 'same', label: 'Nothing changes' },
    ],
    runs: [
      { label: 'async', set: { replication: 'async', readYourWrites: false } },
      { label: 'async + read your writes', set: { replication: 'async', readYourWrites: true } },
    ],
    answer: ([a, b]) => {
      if (n(b!, 'staleReads') === 0) return 'gone';
      return n(b!, 'staleReads') < 0.95 * n(a!, 'staleReads') ? 'fewer' : 'same';
    },
    explain: ([a, b]) =>
      `Users missing their own transfer went from ${n(a!, 'readYourWritesViolations')} to ${n(b!, 'readYourWritesViolations')}, ` +
      `but stale reads only fell from ${n(a!, 'staleReads')} to ${n(b!, 'staleReads')}. ` +
      'Pinning protects the person who wrote; someone else looking at an account that just received money ' +
      'is still answered by a replica that has not caught up.',
  },
  {
    id: 'sync-cost',
    question: 'Switch replication from async to sync. What happens to the time a transfer takes?',
    choices: [
      { id: 'barely', label: 'Hardly changes (less than 1.5 times)' },
      { id: 'several', label: 'Several times longer' },
      { id: 'fails', label: 'Transfers start failing' },
    ],
    runs: [
      { label: 'async', set: { replication: 'async' } },
      { label: 'sync', set: { replication: 'sync' } },
    ],
    answer: ([a, b]) => {
      const failed = n(b!, 'writesFailed') / Math.max(1, n(b!, 'writes'));
      if (failed > 0.05) return 'fails';
      return lat(b!, 'writeLatencyMs').p50 / lat(a!, 'writeLatencyMs').p50 < 1.5
        ? 'barely'
        : 'several';
    },
    explain: ([a, b]) => {
      const wa = lat(a!, 'writeLatencyMs');
      const wb = lat(b!, 'writeLatencyMs');
      return (
        `The median transfer took ${ms(wa.p50)} with async and ${ms(wb.p50)} with sync (p99 ${ms(wa.p99)} → ${ms(wb.p99)}). ` +
        'A synchronous write is confirmed only when every replica has it, so it waits for the slowest one. ' +
        `In exchange, stale reads went from ${n(a!, 'staleReads')} to ${n(b!, 'staleReads')}.`
      );
    },
  },
  {
    id: 'crash-loss',
    question:
      'The primary crashes 5 seconds in and the most caught-up replica takes over. Which setting loses transfers users were told had gone through?',
    choices: [
      { id: 'async', label: 'Async only' },
      { id: 'sync', label: 'Sync only' },
      { id: 'both', label: 'Both' },
      { id: 'neither', label: 'Neither' },
    ],
    runs: [
      { label: 'async, crash at 5 s', set: { replication: 'async', crashAtS: 5 } },
      { label: 'sync, crash at 5 s', set: { replication: 'sync', crashAtS: 5 } },
    ],
    answer: ([a, b]) => {
      const la = n(a!, 'lostWrites') > 0;
      const lb = n(b!, 'lostWrites') > 0;
      return la && lb ? 'both' : la ? 'async' : lb ? 'sync' : 'neither';
    },
    explain: ([a, b]) =>
      `Async lost ${n(a!, 'lostWrites')} confirmed transfers; sync lost ${n(b!, 'lostWrites')}. ` +
      'The new primary carries on from what it had received, so under async whatever the old primary had ' +
      'confirmed but not yet sent is gone. Under sync nothing was confirmed before the replicas had it; ' +
      `the writes caught mid-way failed instead (${n(b!, 'writesFailed')} errors, including those while nobody was primary).`,
  },
];

const crashed = (r: RunResult, p: Record<string, unknown>) =>
  (p.crashAtS as number) > 0 || (r.interventions ?? []).some((x) => x.startsWith('kill:primary'));

export const exercises: Exercise[] = [
  {
    id: 'five-x-reads',
    prompt:
      'Serve 2,000 requests a second, five times the reads one replica manages flat out, with read p99 under 100 ms and under 1% errors.',
    hint: 'Five replicas would be flat out. Leave them some room.',
    check: (r, p) =>
      (p.rps as number) >= 2000 &&
      n(r, 'reads') / r.simulatedSeconds >= 1900 &&
      lat(r, 'readLatencyMs').p99 < 100 &&
      errorShare(r) < 0.01,
  },
  {
    id: 'ryw-without-sync',
    prompt:
      'Keep async replication with at least 200 ms of lag, and get read-your-writes violations to zero.',
    hint: 'Send people who just wrote to the primary, for longer than the lag ever gets.',
    check: (r, p) =>
      p.replication === 'async' &&
      (p.lagMs as number) >= 200 &&
      (p.replicas as number) >= 1 &&
      n(r, 'writesConfirmed') >= 100 &&
      n(r, 'readYourWritesViolations') === 0,
  },
  {
    id: 'no-lost-writes',
    prompt:
      'Kill the primary mid-run (or set it to crash), let a replica take over, and lose no confirmed transfer.',
    hint: 'Under async, the last writes before the crash never reached the replicas.',
    check: (r, p) =>
      crashed(r, p) &&
      (r.failovers as unknown[]).length >= 1 &&
      n(r, 'writesConfirmed') >= 100 &&
      n(r, 'lostWrites') === 0,
  },
  {
    id: 'nothing-stale',
    prompt:
      'With at least three replicas and 100 ms of lag or more, get stale reads to zero, then look at what transfers cost.',
    check: (r, p) =>
      (p.replicas as number) >= 3 &&
      (p.lagMs as number) >= 100 &&
      n(r, 'writesConfirmed') >= 100 &&
      n(r, 'staleReads') === 0,
  },
];
