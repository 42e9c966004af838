import type { RunResult } from '../run';
import type { Prediction } from '../teaching';

/** The storm every prediction uses, whatever the page's own settings are. */
const STORM = { partitionAtS: 10, healAtS: 20 };

interface CityFigures {
  availabilityDuringPartition: number | null;
  staleReads: number;
}
const city = (r: RunResult, id: string): CityFigures =>
  (r.byCity as Record<string, CityFigures>)[id]!;
const n = (r: RunResult, key: string): number => (r[key] as number | null) ?? NaN;
const pct = (x: number | null) =>
  x === null || !Number.isFinite(x) ? 'n/a' : `${Math.round(x * 100)}%`;
const p50 = (r: RunResult, kind: 'read' | 'write') =>
  (r[`${kind}LatencyMs`] as { p50: number } | null)?.p50 ?? NaN;

export const predictions: Prediction[] = [
  {
    id: 'cp-cut-off',
    question:
      'Mumbai is cut off in CP mode. What do Mumbai’s customers get while the lines are down?',
    choices: [
      { id: 'old', label: 'Answers from Mumbai’s own menu, possibly out of date' },
      { id: 'refused', label: 'Refusals, until the lines are back' },
      { id: 'slow', label: 'Correct answers, only slower' },
    ],
    runs: [
      { label: 'CP, Mumbai cut off', set: { mode: 'cp', partition: 'isolate-mumbai', ...STORM } },
    ],
    answer: ([r]) => {
      const m = city(r!, 'mumbai');
      if ((m.availabilityDuringPartition ?? 1) < 0.05) return 'refused';
      return m.staleReads > 0 ? 'old' : 'slow';
    },
    explain: ([r]) =>
      `During the storm Mumbai answered ${pct(city(r!, 'mumbai').availabilityDuringPartition)} of its orders, ` +
      `while Delhi and Bengaluru answered ${pct(city(r!, 'delhi').availabilityDuringPartition)} and ` +
      `${pct(city(r!, 'bengaluru').availabilityDuringPartition)}: they are two, a majority, so they carry on. ` +
      `Stale reads anywhere: ${n(r!, 'staleReads')}. Alone, Mumbai cannot know whether its menu is current, so it refuses.`,
  },
  {
    id: 'ap-heal-loss',
    question:
      'AP mode: Mumbai is cut off for 10 s while every city keeps changing prices. When the lines come back, how many confirmed price changes does last-writer-wins throw away?',
    choices: [
      { id: 'none', label: 'None: version vectors keep both sides' },
      { id: 'some', label: 'A handful: about one per dish changed on both sides' },
      { id: 'all', label: 'Every change the losing side made during the storm' },
    ],
    runs: [
      { label: 'AP, Mumbai cut off', set: { mode: 'ap', partition: 'isolate-mumbai', ...STORM } },
    ],
    answer: ([r]) => {
      const lost = n(r!, 'lostWritesFromPartition');
      if (lost === 0) return 'none';
      return lost * 3 < n(r!, 'writesDuringPartition') ? 'some' : 'all';
    },
    explain: ([r]) =>
      `Last-writer-wins dropped ${n(r!, 'lostWritesFromPartition')} prices from the storm, out of ` +
      `${n(r!, 'writesDuringPartition')} price changes confirmed while it lasted. Most changes had already been ` +
      `replaced by a later change on their own side; only the price each side still showed could collide. ` +
      `Version vectors caught ${n(r!, 'conflictsFromPartition')} such conflicts, and each time the later stamp won without anyone being asked.`,
  },
  {
    id: 'calm-cost',
    question: 'No storm at all. How much longer does a CP price change take than an AP one?',
    choices: [
      { id: 'same', label: 'About the same' },
      { id: 'double', label: 'About twice as long' },
      { id: 'more', label: 'Four times as long or more' },
    ],
    runs: [
      { label: 'CP, no storm', set: { mode: 'cp', partition: 'none' } },
      { label: 'AP, no storm', set: { mode: 'ap', partition: 'none' } },
    ],
    answer: ([cp, ap]) => {
      const ratio = p50(cp!, 'write') / p50(ap!, 'write');
      return ratio < 1.5 ? 'same' : ratio < 3 ? 'double' : 'more';
    },
    explain: ([cp, ap]) =>
      `A CP write's median was ${p50(cp!, 'write').toFixed(1)} ms against ${p50(ap!, 'write').toFixed(1)} ms in AP ` +
      `(reads: ${p50(cp!, 'read').toFixed(1)} against ${p50(ap!, 'read').toFixed(1)} ms). The quorum write needs two ` +
      'round trips to the nearest other city, one to learn the newest version and one to store the next; the AP write only crosses town.',
  },
  {
    id: 'one-line',
    question:
      'Only the Mumbai–Delhi line is cut; Bengaluru can still reach both. In CP mode, who gets refused?',
    choices: [
      { id: 'both', label: 'Mumbai and Delhi' },
      { id: 'nobody', label: 'Nobody' },
      { id: 'everyone', label: 'Everyone' },
    ],
    runs: [
      { label: 'CP, one line cut', set: { mode: 'cp', partition: 'cut-mumbai-delhi', ...STORM } },
    ],
    answer: ([r]) => {
      const a = n(r!, 'availabilityDuringPartition');
      if (a > 0.99) return 'nobody';
      return a < 0.1 ? 'everyone' : 'both';
    },
    explain: ([r]) =>
      `Availability during the cut was ${pct(n(r!, 'availabilityDuringPartition'))}. Mumbai and Delhi each still ` +
      'reach Bengaluru, and two of three is a majority, so every order finds its quorum; Delhi’s just take the longer ' +
      `way round (write median ${p50(r!, 'write').toFixed(1)} ms). Stale reads: ${n(r!, 'staleReads')}.`,
  },
];
