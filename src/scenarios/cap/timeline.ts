import type { RunData } from '../../player/runData';
import { frameIndexAt } from '../../ui/charts';
import { CITIES } from './cities';
import { G } from './gauges';

/** A stretch of time in which one city showed one version of a dish. */
export interface Segment {
  from: number;
  to: number;
  price: number;
  version: number;
  writer: number;
  behind: boolean;
}

/** A stretch in which some line was cut. */
export interface Span {
  from: number;
  to: number;
}

const indexer = (data: RunData) => {
  const names = new Map(data.layout.gauges.map((g, i) => [g.name, i]));
  return (name: string) => names.get(name) ?? -1;
};

/**
 * One city's copy of a dish over time, from the frames up to the playhead: consecutive frames
 * with the same version join into one segment. A segment shorter than `minMs` is absorbed by
 * the one after it, so a long run draws a bounded number of shapes.
 */
export function dishSegments(
  data: RunData,
  t: number,
  city: number,
  dish: number,
  minMs = 0,
): Segment[] {
  const at = indexer(data);
  const id = CITIES[city]!.id;
  const [iPrice, iSeen, iWriter, iBehind] = [G.price, G.seen, G.writer, G.behind].map((g) =>
    at(g(id, dish)),
  );
  const last = frameIndexAt(data, t);
  const out: Segment[] = [];
  for (let f = 0; f <= last; f++) {
    const fr = data.frames[f]!;
    const g = fr.gauges;
    const end = Math.min(t, data.frames[f + 1]?.t ?? t);
    const s: Segment = {
      from: fr.t,
      to: Math.max(fr.t, end),
      price: g[iPrice!] ?? NaN,
      version: g[iSeen!] ?? NaN,
      writer: g[iWriter!] ?? -1,
      behind: g[iBehind!] === 1,
    };
    const prev = out[out.length - 1];
    const same =
      prev && prev.version === s.version && prev.writer === s.writer && prev.behind === s.behind;
    if (prev && (same || prev.to - prev.from < minMs)) {
      if (!same) Object.assign(prev, { ...s, from: prev.from });
      prev.to = s.to;
    } else out.push(s);
  }
  return out;
}

/** When the network was split, up to the playhead, from the "split" gauge. */
export function splitSpans(data: RunData, t: number): Span[] {
  const i = indexer(data)(G.split);
  const last = frameIndexAt(data, t);
  const out: Span[] = [];
  for (let f = 0; f <= last; f++) {
    const fr = data.frames[f]!;
    if (fr.gauges[i] !== 1) continue;
    const end = Math.min(t, data.frames[f + 1]?.t ?? t);
    const prev = out[out.length - 1];
    if (prev && prev.to >= fr.t) prev.to = Math.max(prev.to, end);
    else out.push({ from: fr.t, to: Math.max(fr.t, end) });
  }
  return out;
}

/** Total time a city's copy spent behind, in ms. */
export const behindMs = (segments: readonly Segment[]): number =>
  segments.reduce((s, x) => s + (x.behind ? x.to - x.from : 0), 0);
