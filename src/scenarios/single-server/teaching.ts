import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';
import { formatRatio } from '../format';

const p50 = (r: RunResult) => r.latencyMs.p50;
const p99 = (r: RunResult) => r.latencyMs.p99;

export const predictions: Prediction[] = [
  {
    id: 'tenfold-users',
    question: 'Users grow tenfold, from 100 to 1,000. What happens to the median response time?',
    choices: [
      { id: 'same', label: 'About the same' },
      { id: 'ten', label: 'About ten times slower' },
      { id: 'fifty', label: 'More than fifty times slower' },
    ],
    runs: [
      { label: '100 users', set: { users: 100, rps: 0 } },
      { label: '1,000 users', set: { users: 1000, rps: 0 } },
    ],
    answer: ([a, b]) => {
      const r = p50(b!) / p50(a!);
      return r < 2 ? 'same' : r < 25 ? 'ten' : 'fifty';
    },
    explain: ([a, b]) =>
      `The median went from ${Math.round(p50(a!))} ms to ${(p50(b!) / 1000).toFixed(1)} s, ${formatRatio(p50(b!) / p50(a!))} slower. ` +
      'Below capacity a request barely waits; above it, each one waits behind a line that the extra users keep full.',
  },
  {
    id: 'double-workers',
    question:
      'At 700 users the server is swamped. Double its workers from 8 to 16: what happens to p99?',
    choices: [
      { id: 'barely', label: 'It barely changes' },
      { id: 'halves', label: 'It roughly halves' },
      { id: 'more', label: 'It falls by much more than half' },
    ],
    runs: [
      { label: '8 workers', set: { users: 700, rps: 0, workers: 8 } },
      { label: '16 workers', set: { users: 700, rps: 0, workers: 16 } },
    ],
    answer: ([a, b]) => {
      const r = p99(a!) / p99(b!);
      return r < 1.3 ? 'barely' : r < 2.5 ? 'halves' : 'more';
    },
    explain: ([a, b]) =>
      `p99 fell from ${(p99(a!) / 1000).toFixed(1)} s to ${(p99(b!) / 1000).toFixed(1)} s. ` +
      'Twice the workers finish twice as many requests a second, and the users who were waiting in line ' +
      'spend that time reading pages instead, so the line shrinks by more than half. It is still there: ' +
      '700 users want more than 16 workers can give.',
  },
];

const base = (p: Record<string, unknown>) => p.rps === 0 && p.thinkMs === 5000;

export const exercises: Exercise[] = [
  {
    id: 'comfortable',
    prompt:
      'Find a comfortable load: at least 150 users, p99 under 1 s, no errors (default server).',
    hint: 'Move Users up slowly from 100 and watch p99.',
    check: (r, p) =>
      base(p) &&
      (p.users as number) >= 150 &&
      p.workers === 8 &&
      p.serviceMs === 200 &&
      p99(r) < 1000 &&
      errorShare(r) === 0,
  },
  {
    id: 'slow-not-broken',
    prompt:
      'Make p99 pass 10 seconds without a single error: nobody turned away, nobody giving up.',
    hint: 'Lots of users, a long queue limit and a patient client timeout.',
    check: (r) => p99(r) > 10_000 && errorShare(r) === 0 && r.requests.completed > 0,
  },
  {
    id: 'outage',
    prompt: 'Kill the server during a run, then restart it, and watch how long the errors last.',
    check: (r) => {
      const iv = r.interventions ?? [];
      return (
        iv.some((x) => x.startsWith('kill:server')) &&
        iv.some((x) => x.startsWith('restart:server')) &&
        r.requests.failed > 0
      );
    },
  },
  {
    id: 'scale-up',
    prompt:
      'Serve 1,000 users with p99 under 2 s and under 1% errors, changing only the server (workers or service time).',
    hint: '1,000 users thinking for 5 s ask for about 190 requests a second.',
    check: (r, p) =>
      base(p) && (p.users as number) >= 1000 && p99(r) < 2000 && errorShare(r) < 0.01,
  },
];
