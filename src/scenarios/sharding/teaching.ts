import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';

/** The figures this chapter adds to every result (see results.ts). */
interface ShardFigures {
  id: string;
  share: number;
  utilisation: number;
  rejected: number;
  p99Ms: number;
}
interface Figures {
  keysMovedFraction: number;
  keysMoved: number;
  writesPerS: number;
  busiestShare: number;
  shards: ShardFigures[];
  latencyByKind: { write: { p99: number } };
  move: { added: boolean; finishedAtS: number | null };
  fanOut: { meanMs: number; p99Ms: number; meanWaitForSlowestMs: number };
}
const fig = (r: RunResult) => r as RunResult & Figures;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const ms = (x: number) => `${Math.round(x)} ms`;

const moveChoices = [
  { id: 'fifth', label: 'About 1 in 5 (20%)' },
  { id: 'half', label: 'About half' },
  { id: 'most', label: 'About 4 in 5 (80%)' },
];
const moveAnswer = ([r]: readonly RunResult[]) => {
  const f = fig(r!).keysMovedFraction;
  return f < 0.35 ? 'fifth' : f < 0.65 ? 'half' : 'most';
};
const busiest = (r: RunResult) => [...fig(r).shards].sort((a, b) => b.share - a.share)[0] ?? null;

export const predictions: Prediction[] = [
  {
    id: 'modulo-move',
    question:
      'You go from 4 to 5 shards with modulo placement (key mod N). What share of the keys must move?',
    choices: moveChoices,
    runs: [
      {
        label: '4 → 5 shards, modulo',
        set: { shards: 4, placement: 'modulo', shardKey: 'user-id' },
      },
    ],
    answer: moveAnswer,
    explain: ([r]) =>
      `${pct(fig(r!).keysMovedFraction)} of the keys moved (${fig(r!).keysMoved.toLocaleString('en-US')}). ` +
      'A key stays put only when its remainder after dividing by 4 equals its remainder after dividing by 5, ' +
      'which is true for 1 key in 5. Nearly all the data has to be copied to add one shard.',
  },
  {
    id: 'ring-move',
    question:
      'Same step, 4 to 5 shards, but on a hash ring (consistent hashing). What share of the keys must move?',
    choices: moveChoices,
    runs: [
      {
        label: '4 → 5 shards, ring',
        set: { shards: 4, placement: 'consistent-hash', shardKey: 'user-id' },
      },
    ],
    answer: moveAnswer,
    explain: ([r]) =>
      `${pct(fig(r!).keysMovedFraction)} of the keys moved. The new shard takes over the stretches of ring just ` +
      'in front of its own points, about a fifth of the circle, and every other key stays where it was.',
  },
  {
    id: 'celebrity',
    question:
      'A celebrity’s profile gets 30% of all requests, on 4 shards. What happens to the shard that holds it?',
    choices: [
      { id: 'share', label: 'Nothing much: it carries about a quarter, like the others' },
      { id: 'busier', label: 'It gets busier but keeps up' },
      {
        id: 'saturates',
        label: 'It saturates: requests pile up and get turned away while the others idle',
      },
    ],
    runs: [
      { label: 'No celebrity', set: { shards: 4, hotKeyShare: 0, addShardAtS: 0 } },
      { label: 'Celebrity at 30%', set: { shards: 4, hotKeyShare: 0.3, addShardAtS: 0 } },
    ],
    answer: ([, hot]) => {
      const b = busiest(hot!);
      if (!b) return 'share';
      if (b.utilisation > 0.95 && b.rejected > 0) return 'saturates';
      return b.share > 0.33 ? 'busier' : 'share';
    },
    explain: ([calm, hot]) => {
      const b = busiest(hot!);
      const rest = fig(hot!).shards.filter((s) => s !== b);
      const idle = rest.length ? Math.max(...rest.map((s) => s.utilisation)) : 0;
      return (
        `The celebrity’s shard took ${pct(b?.share ?? 0)} of the requests (without the celebrity the busiest took ${pct(fig(calm!).busiestShare)}). ` +
        `It was busy ${pct(b?.utilisation ?? 0)} of the time and turned ${(b?.rejected ?? 0).toLocaleString('en-US')} requests away, ` +
        `while the busiest of the other shards worked ${pct(idle)} of the time. One key lives on one shard, whatever the key.`
      );
    },
  },
  {
    id: 'fan-out',
    question:
      'A query has to ask every shard. Going from 4 shards to 16, what happens to its time?',
    choices: [
      { id: 'faster', label: 'It gets faster: each shard is less busy' },
      { id: 'same', label: 'About the same' },
      { id: 'slower', label: 'It gets slower: it waits for the slowest of more shards' },
    ],
    runs: [
      { label: '4 shards', set: { shards: 4, addShardAtS: 0, queryRps: 20 } },
      { label: '16 shards', set: { shards: 16, addShardAtS: 0, queryRps: 20 } },
    ],
    answer: ([a, b]) => {
      const r = fig(b!).fanOut.meanMs / fig(a!).fanOut.meanMs;
      return r > 1.15 ? 'slower' : r < 0.87 ? 'faster' : 'same';
    },
    explain: ([a, b]) =>
      `On average the query took ${ms(fig(a!).fanOut.meanMs)} with 4 shards and ${ms(fig(b!).fanOut.meanMs)} with 16. ` +
      'Every shard’s own part is no slower, but the answer needs all of them: with 16 shards the query waited ' +
      `${ms(fig(b!).fanOut.meanWaitForSlowestMs)} longer than its typical shard took (${ms(fig(a!).fanOut.meanWaitForSlowestMs)} with 4).`,
  },
];

const iv = (r: RunResult) => r.interventions ?? [];

export const exercises: Exercise[] = [
  {
    id: 'scale-writes',
    prompt:
      'Handle 5,000 writes a second with a write p99 under 100 ms, keeping each shard at 500 writes/s.',
    hint: 'Set Requests to 5,000 and Write share to 1, then add shards. Ten would run flat out.',
    check: (r, p) =>
      p.shardCapacity === 500 &&
      fig(r).writesPerS >= 4900 &&
      fig(r).latencyByKind.write.p99 < 100 &&
      errorShare(r) < 0.01,
  },
  {
    id: 'gentle-move',
    prompt: 'Add a shard during a run while moving less than 25% of the keys.',
    hint: 'Compare the placements: which one leaves most keys where they are?',
    check: (r) =>
      fig(r).move.added && fig(r).move.finishedAtS !== null && fig(r).keysMovedFraction < 0.25,
  },
  {
    id: 'celebrity',
    prompt:
      'A celebrity takes 20% of the traffic: keep p99 under 200 ms with no request lost (default traffic and shard size).',
    hint: 'More shards shrink everyone else’s part of the celebrity’s shard, never the celebrity’s own 20%.',
    check: (r, p) =>
      (p.hotKeyShare as number) >= 0.2 &&
      (p.rps as number) >= 1800 &&
      (p.shardCapacity as number) <= 500 &&
      r.latencyMs.p99 < 200 &&
      errorShare(r) === 0,
  },
  {
    id: 'uneven-key',
    prompt:
      'With no celebrity at all, find a shard key that leaves one of 4 or more shards with over 35% of the requests.',
    hint: 'Some keys group users in lumps of very different sizes.',
    check: (r, p) => p.hotKeyShare === 0 && (p.shards as number) >= 4 && fig(r).busiestShare > 0.35,
  },
  {
    id: 'slow-shard',
    prompt:
      'Slow one shard down during a run until the slowest cross-shard queries (p99) take over a second.',
    hint: 'Pick a shard under the picture and press “Slow 4×”.',
    check: (r) => iv(r).some((x) => x.startsWith('slow:shard-')) && fig(r).fanOut.p99Ms > 1000,
  },
];
