import { medianLeg, type Gauge, type ShardMove, type ShardRouter } from '../../engine';
import type { ByKind } from './results';

export const PHASES = ['before', 'moving', 'after'] as const;
export const legGauge = (i: number): string => `leg-${i + 1}`;

/** The numbers the view and its charts read in every frame. */
export function gaugesFor(
  router: ShardRouter,
  move: ShardMove,
  byKind: ByKind,
  shardCount: number,
): Gauge[] {
  const fan = router.fanOut;
  const legs: Gauge[] = Array.from({ length: shardCount }, (_, i) => ({
    name: legGauge(i),
    label: `Shard ${i + 1}'s part of the last cross-shard query`,
    unit: 'ms',
    kind: 'level',
    read: () => fan.lastLegs[i] ?? NaN,
  }));
  return [
    {
      name: 'writes',
      label: 'Writes answered',
      unit: 'writes',
      kind: 'counter',
      read: () => byKind.writesOk,
    },
    {
      name: 'reads',
      label: 'Reads answered',
      unit: 'reads',
      kind: 'counter',
      read: () => byKind.readsOk,
    },
    {
      name: 'phase',
      label: 'Adding a shard (0 before, 1 copying, 2 done)',
      unit: '',
      kind: 'level',
      read: () => PHASES.indexOf(router.phase),
    },
    {
      name: 'moved',
      label: 'Moving keys copied',
      unit: '%',
      kind: 'level',
      read: () => move.progress * 100,
    },
    {
      name: 'cutKey',
      label: 'Keys below this have moved',
      unit: 'key',
      kind: 'level',
      read: () => router.cutKey,
    },
    {
      name: 'queryMs',
      label: 'Last cross-shard query (slowest shard)',
      unit: 'ms',
      kind: 'level',
      read: () => fan.lastMs,
    },
    {
      name: 'queryMedianMs',
      label: 'Its typical (median) shard',
      unit: 'ms',
      kind: 'level',
      read: () => medianLeg(fan.lastLegs),
    },
    {
      name: 'queryFailedShard',
      label: 'Shard that failed the last query (0: none)',
      unit: 'shard',
      kind: 'level',
      read: () => fan.lastFailed + 1,
    },
    {
      name: 'queries',
      label: 'Cross-shard queries finished',
      unit: 'queries',
      kind: 'counter',
      read: () => fan.finished,
    },
    ...legs,
  ];
}
