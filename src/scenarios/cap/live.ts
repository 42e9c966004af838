import type { Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { CITIES, DISHES, PAIRS } from './cities';
import { G } from './gauges';

/** Reads a gauge by name from one frame: NaN before the run has one. */
export type GaugeReader = (name: string) => number;

export function gaugeReader(layout: RunLayout | undefined, frame: Frame | undefined): GaugeReader {
  const index = new Map(layout?.gauges.map((g, i) => [g.name, i]));
  return (name) => {
    const i = index.get(name);
    return i === undefined || !frame ? NaN : (frame.gauges[i] ?? NaN);
  };
}

/** The scenario's gauges at the playhead; re-renders once per captured frame. */
export function useCapGauges(player: Player): GaugeReader {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  return gaugeReader(layout, frame);
}

/** One city's copy of one dish, as the view shows it. */
export interface DishCopy {
  price: number;
  /** Writes this version has seen in all. */
  version: number;
  /** Index of the city that set this price; -1 for the original menu. */
  writer: number;
  behind: boolean;
}

export function dishCopy(read: GaugeReader, city: number, dish: number): DishCopy {
  const id = CITIES[city]!.id;
  return {
    price: read(G.price(id, dish)),
    version: read(G.seen(id, dish)),
    writer: read(G.writer(id, dish)),
    behind: read(G.behind(id, dish)) === 1,
  };
}

export const writerName = (writer: number): string => CITIES[writer]?.name ?? 'the original menu';
export const dishName = (dish: number): string => DISHES[dish]?.name ?? `Dish ${dish + 1}`;
export const rupees = (x: number): string => (Number.isFinite(x) ? `₹${x}` : '–');

/** Which lines are up now (all of them before the run has a frame). */
export function linesUp(read: GaugeReader): boolean[] {
  return PAIRS.map((pair) => read(G.link(pair)) !== 0);
}

/** Whether a city can reach at least one other: in CP, a majority of three. */
export function reachesMajority(up: readonly boolean[], city: number): boolean {
  return PAIRS.some((pair, k) => up[k] && pair.includes(city));
}

/** Share answered of those that ended, from two counters; NaN when nothing ended. */
export const shareOf = (answered: number, refused: number): number =>
  answered + refused > 0 ? answered / (answered + refused) : NaN;
