import { compareStamps, vvTotal, type Gauge } from '../../engine';
import { CITIES, PAIRS, linkName } from './cities';
import type { CapModel } from './model';

/** Gauge names the view reads. Per-city ones take the city id, per-dish ones its index. */
export const G = {
  price: (city: string, dish: number) => `price-${city}-${dish}`,
  /** Writes the city's version of the dish has seen (vvTotal): a readable version number. */
  seen: (city: string, dish: number) => `seen-${city}-${dish}`,
  /** Which city wrote the value the city shows now (-1: the original menu). */
  writer: (city: string, dish: number) => `writer-${city}-${dish}`,
  /** 1 when the city's copy is older than the newest confirmed price: a read there is stale. */
  behind: (city: string, dish: number) => `behind-${city}-${dish}`,
  answered: (city: string) => `answered-${city}`,
  refused: (city: string) => `refused-${city}`,
  stale: (city: string) => `stale-${city}`,
  link: linkName,
  split: 'split',
  answeredAll: 'answered',
  refusedAll: 'refused',
  answeredSplit: 'answeredSplit',
  refusedSplit: 'refusedSplit',
  staleAll: 'staleReads',
  conflicts: 'conflicts',
  lost: 'lostWrites',
} as const;

const gauge = (
  kind: Gauge['kind'],
  name: string,
  label: string,
  unit: string,
  read: () => number,
): Gauge => ({ name, label, unit, kind, read });

/** What the page draws and charts over time, read from the model at every frame. */
export function capGauges({ replicas, ledger, tally, net, dishes }: CapModel): Gauge[] {
  const perCity = replicas.flatMap((r, i) => {
    const c = CITIES[i]!;
    const perDish = Array.from({ length: dishes }, (_, d) => [
      gauge('level', G.price(c.id, d), `${c.name} price ${d}`, '₹', () => r.store.get(d).value),
      gauge('level', G.seen(c.id, d), `${c.name} version ${d}`, 'writes', () =>
        vvTotal(r.store.get(d).vv),
      ),
      gauge(
        'level',
        G.writer(c.id, d),
        `${c.name} writer ${d}`,
        'city',
        () => r.store.get(d).stamp.node,
      ),
      gauge('level', G.behind(c.id, d), `${c.name} behind ${d}`, '', () =>
        compareStamps(r.store.get(d).stamp, ledger.latestConfirmed(d)) < 0 ? 1 : 0,
      ),
    ]).flat();
    return [
      ...perDish,
      gauge(
        'counter',
        G.answered(c.id),
        `${c.name} answered`,
        'requests',
        () => tally.byCity[i]!.answered,
      ),
      gauge(
        'counter',
        G.refused(c.id),
        `${c.name} refused`,
        'requests',
        () => tally.byCity[i]!.refused,
      ),
      gauge('counter', G.stale(c.id), `${c.name} stale reads`, 'reads', () => r.staleReads),
    ];
  });
  return [
    ...PAIRS.map((pair) =>
      gauge('level', G.link(pair), `${linkName(pair)} up`, '', () =>
        net.up(pair[0], pair[1]) ? 1 : 0,
      ),
    ),
    gauge('level', G.split, 'Network split', '', () => (net.split ? 1 : 0)),
    gauge('counter', G.answeredAll, 'Answered', 'requests', () => tally.all.answered),
    gauge('counter', G.refusedAll, 'Refused', 'requests', () => tally.all.refused),
    gauge(
      'counter',
      G.answeredSplit,
      'Answered during the partition',
      'requests',
      () => tally.split.answered,
    ),
    gauge(
      'counter',
      G.refusedSplit,
      'Refused during the partition',
      'requests',
      () => tally.split.refused,
    ),
    gauge('counter', G.staleAll, 'Stale reads', 'reads', () => ledger.staleReads),
    gauge('level', G.conflicts, 'Conflicts caught', 'conflicts', () => ledger.conflicts),
    gauge('level', G.lost, 'Writes lost to LWW', 'writes', () => ledger.lostWrites),
    ...perCity,
  ];
}
