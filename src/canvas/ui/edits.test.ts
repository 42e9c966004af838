import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../design/props';
import { PART_DEFAULTS } from '../design/types';
import { designArb } from '../persist/designArb';
import {
  addPart,
  connect,
  copyParts,
  emptyDesign,
  moveParts,
  pasteParts,
  removeElements,
  setProp,
  setWorkload,
} from './edits';

describe('design edits', () => {
  it('adds parts with readable, unique ids, defaults and rounded positions', () => {
    let d = emptyDesign();
    const a = addPart(d, 'cache', { x: 10.4, y: 20.6 });
    d = a.design;
    const b = addPart(d, 'cache', { x: 0, y: 0 });
    expect([a.id, b.id]).toEqual(['cache-1', 'cache-2']);
    expect(b.design.parts.map((p) => p.label)).toEqual(['Cache', 'Cache 2']);
    expect(a.design.parts[0]).toMatchObject({ x: 10, y: 21, props: PART_DEFAULTS.cache });
    expect(b.design.parts[1]!.props).not.toBe(PART_DEFAULTS.cache);
  });

  it('wires two parts once, never a part to itself', () => {
    let d = addPart(emptyDesign(), 'clients', { x: 0, y: 0 }).design;
    d = addPart(d, 'app', { x: 200, y: 0 }).design;
    const r = connect(d, 'clients-1', 'app-1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.wires).toEqual([{ id: 'wire-1', from: 'clients-1', to: 'app-1' }]);
    expect(connect(r.design, 'clients-1', 'app-1')).toMatchObject({ ok: false });
    expect(connect(r.design, 'app-1', 'app-1')).toMatchObject({ ok: false });
    expect(connect(r.design, 'app-1', 'nope')).toMatchObject({ ok: false });
  });

  it('leaves the design as it was (same object) when nothing changes', () => {
    const d = addPart(emptyDesign(), 'app', { x: 5, y: 5 }).design;
    expect(moveParts(d, new Map([['app-1', { x: 5, y: 5 }]]))).toBe(d);
    expect(setProp(d, 'app-1', 'instances', 2)).toBe(d);
    expect(setProp(d, 'app-1', 'nonsense', 2)).toBe(d);
    expect(setWorkload(d, { redirectsPerSec: d.workload.redirectsPerSec })).toBe(d);
    expect(removeElements(d, [], [])).toBe(d);
  });

  it('property: removing parts removes every wire that touched them', () => {
    fc.assert(
      fc.property(designArb(), fc.array(fc.nat()), (d, picks) => {
        const gone = picks
          .map((i) => d.parts[i % Math.max(1, d.parts.length)]?.id)
          .filter(Boolean) as string[];
        const next = removeElements(d, gone, []);
        const left = new Set(next.parts.map((p) => p.id));
        for (const id of gone) expect(left.has(id)).toBe(false);
        for (const w of next.wires) expect(left.has(w.from) && left.has(w.to)).toBe(true);
      }),
    );
  });

  it('property: pasting copies keeps every id unique and valid, and wires inside the copy', () => {
    fc.assert(
      fc.property(designArb(8), fc.integer({ min: 1, max: 3 }), (d, times) => {
        const clip = copyParts(
          d,
          d.parts.map((p) => p.id),
        );
        let next = d;
        for (let i = 0; i < times; i++) next = pasteParts(next, clip, { x: 40, y: 40 }).design;
        const ids = next.parts.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(ID_PATTERN);
        const wireIds = next.wires.map((w) => w.id);
        expect(new Set(wireIds).size).toBe(wireIds.length);
        expect(next.parts).toHaveLength(d.parts.length * (times + 1));
      }),
    );
  });
});
