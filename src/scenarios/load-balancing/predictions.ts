import { formatRatio } from '../format';
import type { RunResult } from '../run';
import type { Prediction } from '../teaching';

const p99 = (r: RunResult) => r.latencyMs.p99;
const lightP99 = (r: RunResult) =>
  (r.latencyByType as { light: { p99: number } } | undefined)?.light.p99 ?? NaN;
const shares = (r: RunResult) =>
  ((r.servers as Array<{ share: number }> | undefined) ?? []).map((s) => s.share);
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Which of two figures is clearly lower (by more than `margin`), or 'same'. */
function lower(a: number, b: number, ids: [string, string], margin = 1.15): string {
  if (!(a > 0) && !(b > 0)) return 'same';
  if (a > b * margin) return ids[1];
  if (b > a * margin) return ids[0];
  return 'same';
}

// The scripted crash both health-check questions use: half a second after a check at 20 s,
// so the dead server is found at the next check, not at once.
const CRASH_S = 20.5;

export const predictions: Prediction[] = [
  {
    id: 'rr-vs-lc',
    question:
      'About one request in twenty is a heavy search that takes 50 times as long as an image. Which strategy gives the lower p99?',
    choices: [
      { id: 'rr', label: 'Round-robin' },
      { id: 'lc', label: 'Least-connections' },
      { id: 'same', label: 'About the same' },
    ],
    runs: [
      { label: 'round-robin', set: { strategy: 'round-robin' } },
      { label: 'least-connections', set: { strategy: 'least-connections' } },
    ],
    answer: ([rr, lc]) => lower(p99(rr!), p99(lc!), ['rr', 'lc']),
    explain: ([rr, lc]) =>
      `p99 was ${secs(p99(rr!))} on round-robin and ${secs(p99(lc!))} on least-connections. ` +
      `Light requests suffered most: their p99 went from ${secs(lightP99(rr!))} to ${secs(lightP99(lc!))}. ` +
      'Round-robin keeps handing a server its turn even while a heavy search has it tied up; ' +
      'least-connections sees the open requests pile up there and sends the next one elsewhere.',
  },
  {
    id: 'weighted-share',
    question:
      'Two servers, weights 4 and 1 (the first has four times the memory), on the weighted strategy. What share of the requests goes to the big one?',
    choices: [
      { id: 'half', label: 'About half' },
      { id: 'two-thirds', label: 'About two thirds' },
      { id: 'four-fifths', label: 'About four fifths' },
    ],
    runs: [{ label: 'weights 4,1', set: { strategy: 'weighted', servers: 2, weights: [4, 1] } }],
    answer: ([r]) => {
      const s = shares(r!)[0] ?? 0;
      const options: Array<[string, number]> = [
        ['half', 0.5],
        ['two-thirds', 2 / 3],
        ['four-fifths', 0.8],
      ];
      return options.reduce((best, o) =>
        Math.abs(o[1] - s) < Math.abs(best[1] - s) ? o : best,
      )[0];
    },
    explain: ([r]) => {
      const [big = 0, small = 0] = shares(r!);
      return (
        `The big server received ${pct(big)} of the requests and the small one ${pct(small)}: ` +
        `${formatRatio(big / Math.max(1e-9, small))} as many, the ratio of their weights. ` +
        'Weights 4 and 1 make 5 parts, and the big server gets 4 of them.'
      );
    },
  },
  {
    id: 'check-interval',
    question: `Server 1 crashes ${CRASH_S} s into the run. With health checks every 10 s instead of every second, how many requests fail?`,
    choices: [
      { id: 'same', label: 'About the same' },
      { id: 'few', label: 'Two to five times as many' },
      { id: 'many', label: 'Ten times as many or more' },
    ],
    runs: [
      { label: 'check every 1 s', set: { crashAtS: CRASH_S, healthCheckMs: 1000 } },
      { label: 'check every 10 s', set: { crashAtS: CRASH_S, healthCheckMs: 10_000 } },
    ],
    answer: ([fast, slow]) => {
      const a = fast!.requests.failed;
      const b = slow!.requests.failed;
      const r = a > 0 ? b / a : b > 0 ? Infinity : 1;
      return r < 1.5 ? 'same' : r < 8 ? 'few' : 'many';
    },
    explain: ([fast, slow]) =>
      `${fast!.requests.failed} requests failed with a check every second and ${slow!.requests.failed} with one every 10 s. ` +
      'Until a check notices, the balancer keeps sending the dead server its share, and every one of those fails: ' +
      'the window was half a second in the first run and nine and a half in the second.',
  },
  {
    id: 'black-hole',
    question: `Server 1 crashes ${CRASH_S} s into the run and health checks come every 10 s. Which strategy sends more requests to the dead server before the check?`,
    choices: [
      { id: 'rr', label: 'Round-robin' },
      { id: 'lc', label: 'Least-connections' },
      { id: 'same', label: 'About the same' },
    ],
    runs: [
      {
        label: 'round-robin',
        set: { strategy: 'round-robin', crashAtS: CRASH_S, healthCheckMs: 10_000 },
      },
      {
        label: 'least-connections',
        set: { strategy: 'least-connections', crashAtS: CRASH_S, healthCheckMs: 10_000 },
      },
    ],
    answer: ([rr, lc]) => {
      const a = rr!.requests.failed;
      const b = lc!.requests.failed;
      return b > 1.3 * a ? 'lc' : a > 1.3 * b ? 'rr' : 'same';
    },
    explain: ([rr, lc]) =>
      `${rr!.requests.failed} requests failed on round-robin and ${lc!.requests.failed} on least-connections. ` +
      'A dead server answers at once, with an error, so it never has an open request: to least-connections ' +
      'it looks like the least busy server of all, and most new requests go there until the check.',
  },
];
