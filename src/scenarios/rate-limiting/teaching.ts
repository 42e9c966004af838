import { formatRatio } from '../format';
import type { Params } from '../params';
import type { RunResult } from '../run';
import type { Exercise, Prediction } from '../teaching';
import { attackSeconds, groupOf } from './model';

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The bursty job against the chapter's kind of limit, scaled to a second: 10 per second. */
const BOUNDARY_TEST: Params = {
  burstSize: 20,
  burstSpreadMs: 200,
  burstEveryS: 5,
  limit: 10,
  windowMs: 1000,
  capacity: 10,
  refillPerSec: 10,
};
const BUCKET_NAMES = ['fixed-window', 'sliding-window', 'token-bucket', 'leaky-bucket'] as const;
const SERVER: Params = { workers: 8, serviceMs: 10, queueLimit: 200 };

export const predictions: Prediction[] = [
  {
    id: 'double-limit',
    question:
      'The bursty job fires 20 requests around each tick of the clock, half just before it and half just after, against a limit of 10 a second. Which algorithm lets it through twice its limit within one second?',
    choices: [
      { id: 'fixed-window', label: 'Fixed window' },
      { id: 'sliding-window', label: 'Sliding window' },
      { id: 'token-bucket', label: 'Token bucket' },
      { id: 'leaky-bucket', label: 'Leaky bucket' },
      { id: 'none', label: 'None of them' },
    ],
    runs: BUCKET_NAMES.map((a) => ({ label: a, set: { ...BOUNDARY_TEST, algorithm: a } })),
    answer: (rs) => {
      const peaks = rs.map((r) => groupOf(r, 'bursty').maxInAnyWindow);
      const best = peaks.indexOf(Math.max(...peaks));
      return peaks[best]! >= 2 * (BOUNDARY_TEST.limit as number) ? BUCKET_NAMES[best]! : 'none';
    },
    explain: (rs) => {
      const [fixed, sliding, token, leaky] = rs.map((r) => groupOf(r, 'bursty').maxInAnyWindow);
      return (
        `Most let through within one second: fixed window ${fixed}, sliding window ${sliding}, token bucket ${token}, leaky bucket ${leaky}. ` +
        'The fixed window starts counting again at the tick, so the 10 before it and the 10 after it all pass. ' +
        'The sliding window still sees the first 10 when the next arrive; the token bucket has only the tokens that dripped in during the burst; ' +
        'the leaky bucket lets one out every 100 ms.'
      );
    },
  },
  {
    id: 'attacker-hurts',
    question:
      'No limiter. At 10 s an attacker starts sending 1,000 requests a second to a server that can finish 800. What happens to the eight steady users?',
    choices: [
      { id: 'fine', label: 'Nothing much: the server absorbs it' },
      { id: 'slower', label: 'Slower answers, but they all get one' },
      { id: 'errors', label: 'Slower answers, and some get errors' },
    ],
    runs: [
      { label: 'no attacker', set: { ...SERVER, algorithm: 'none', attackerRps: 0 } },
      { label: 'attacker, no limiter', set: { ...SERVER, algorithm: 'none', attackerRps: 1000 } },
    ],
    answer: ([calm, attacked]) => {
      const a = groupOf(attacked!, 'steady');
      if (a.errorRate > 0.01) return 'errors';
      return a.p99Ms > 1.5 * groupOf(calm!, 'steady').p99Ms ? 'slower' : 'fine';
    },
    explain: ([calm, attacked]) => {
      const c = groupOf(calm!, 'steady');
      const a = groupOf(attacked!, 'steady');
      return (
        `The steady users' p99 went from ${ms(c.p99Ms)} to ${ms(a.p99Ms)} (${formatRatio(a.p99Ms / c.p99Ms)} slower), and ${pct(a.errorRate)} of their requests failed. ` +
        'They did nothing different: they share one line with the attacker, and once that line is full the server turns away whoever comes next.'
      );
    },
  },
  {
    id: 'bucket-wait',
    question:
      'A token bucket and a leaky bucket, both size 10 at 10 a second, face the same bursts of 20. Which answers the bursty requests it lets in faster?',
    choices: [
      { id: 'token-bucket', label: 'Token bucket' },
      { id: 'leaky-bucket', label: 'Leaky bucket' },
      { id: 'same', label: 'About the same' },
    ],
    runs: [
      { label: 'token bucket', set: { ...BOUNDARY_TEST, algorithm: 'token-bucket' } },
      { label: 'leaky bucket', set: { ...BOUNDARY_TEST, algorithm: 'leaky-bucket' } },
    ],
    answer: ([token, leaky]) => {
      const r = groupOf(leaky!, 'bursty').p99Ms / groupOf(token!, 'bursty').p99Ms;
      return r > 1.5 ? 'token-bucket' : r < 1 / 1.5 ? 'leaky-bucket' : 'same';
    },
    explain: ([token, leaky]) =>
      `The bursty job's p99 was ${ms(groupOf(token!, 'bursty').p99Ms)} with the token bucket and ${ms(groupOf(leaky!, 'bursty').p99Ms)} with the leaky bucket. ` +
      'A token bucket sends what it admits straight on; a leaky bucket makes each admitted request wait for its turn, one every 100 ms, so the server sees an even stream and the burst pays in waiting.',
  },
];

const steady = (r: RunResult) => groupOf(r, 'steady');
const slowedServerAt = (r: RunResult): number[] =>
  (r.interventions ?? [])
    .map((x) => /^slow:server@(\d+(?:\.\d+)?)/.exec(x))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));

export const exercises: Exercise[] = [
  {
    id: 'shield',
    prompt:
      "While the attacker sends 2,000 requests a second, keep the steady users' p99 under 200 ms with none of them turned away.",
    hint: 'Any limiter will do if its limit is far above what a steady user sends.',
    check: (r, p) =>
      (p.attackerRps as number) >= 2000 &&
      (p.attackStartS as number) < r.simulatedSeconds &&
      steady(r).answered > 0 &&
      steady(r).errors === 0 &&
      steady(r).p99Ms < 200,
  },
  {
    id: 'double',
    prompt: 'Make a fixed window let the bursty job through at twice its limit within one window.',
    hint: 'The job fires on the tick, which is also where the window starts again. How big is each burst?',
    check: (r, p) =>
      p.algorithm === 'fixed-window' &&
      (p.limit as number) > 0 &&
      groupOf(r, 'bursty').maxInAnyWindow >= 2 * (p.limit as number),
  },
  {
    id: 'burst-average',
    prompt:
      'Let every burst of 20 through, but hold the attacker to an average of 5 requests a second.',
    hint: 'A bucket the size of a burst, filling at the average you want.',
    check: (r, p) => {
      const secs = attackSeconds(p, r.simulatedSeconds);
      const bursty = groupOf(r, 'bursty');
      const attacker = groupOf(r, 'attacker');
      return (
        (p.burstSize as number) >= 20 &&
        bursty.accepted >= 20 &&
        bursty.rejected === 0 &&
        secs >= 10 &&
        (p.attackerRps as number) >= 20 &&
        // One burst's worth on top of 5 a second (and 5% for the start of the attack).
        attacker.accepted <= 5.25 * secs + (p.burstSize as number)
      );
    },
  },
  {
    id: 'headroom',
    prompt:
      "With a limiter on, slow the server down 4x mid-attack: keep every steady user's request answered, with p99 under 300 ms.",
    hint: 'Slow 4x under the picture, while the attacker is sending.',
    check: (r, p) => {
      const slowed = slowedServerAt(r).filter(
        (t) => t >= (p.attackStartS as number) && t <= r.simulatedSeconds - 10,
      );
      return (
        p.algorithm !== 'none' &&
        (p.attackerRps as number) >= 500 &&
        slowed.length > 0 &&
        steady(r).answered > 0 &&
        steady(r).errors === 0 &&
        steady(r).p99Ms < 300
      );
    },
  },
  {
    id: 'absorb',
    prompt:
      "With no limiter at all, find an attack the server shrugs off: at least 600 requests a second with the steady users' p99 under 100 ms.",
    hint: 'The server finishes at most 800 a second. Waiting explodes as load nears that.',
    check: (r, p) =>
      p.algorithm === 'none' &&
      (p.attackerRps as number) >= 600 &&
      (p.attackStartS as number) < r.simulatedSeconds - 5 &&
      (p.workers as number) <= 8 &&
      (p.serviceMs as number) >= 10 &&
      steady(r).errors === 0 &&
      steady(r).p99Ms < 100,
  },
];
