import {
  DEFAULT_WORKLOAD,
  DESIGN_VERSION,
  PART_DEFAULTS,
  PART_NAMES,
  type Design,
  type Part,
  type PartKind,
  type Wire,
  type Workload,
} from '../design/types';

/**
 * Every change the canvas makes to a design, as pure functions: design in, new design out.
 * Nothing here mutates, so the history can keep old designs by reference and undo is free.
 */

export interface Point {
  x: number;
  y: number;
}

export function emptyDesign(name = 'My URL shortener'): Design {
  return {
    version: DESIGN_VERSION,
    name,
    parts: [],
    wires: [],
    workload: { ...DEFAULT_WORKLOAD },
    readNewLinksFromPrimary: false,
  };
}

/** `cache-3`: the kind plus the smallest number not yet taken, so ids read well in messages. */
export function freshId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

const ids = (d: Design): Set<string> => new Set(d.parts.map((p) => p.id));
const wireIds = (d: Design): Set<string> => new Set(d.wires.map((w) => w.id));

/** A label for a new part: "Cache", then "Cache 2", "Cache 3"… */
function freshLabel(d: Design, kind: PartKind): string {
  const base = PART_NAMES[kind];
  const labels = new Set(d.parts.map((p) => p.label));
  if (!labels.has(base)) return base;
  for (let n = 2; ; n++) if (!labels.has(`${base} ${n}`)) return `${base} ${n}`;
}

const round = (v: number): number => Math.round(v);

export function newPart(d: Design, kind: PartKind, at: Point): Part {
  // The cast is safe: kind and props come from the same key of PART_DEFAULTS.
  return {
    id: freshId(ids(d), kind),
    kind,
    label: freshLabel(d, kind),
    x: round(at.x),
    y: round(at.y),
    props: { ...PART_DEFAULTS[kind] },
  } as Part;
}

export function addPart(d: Design, kind: PartKind, at: Point): { design: Design; id: string } {
  const part = newPart(d, kind, at);
  return { design: { ...d, parts: [...d.parts, part] }, id: part.id };
}

/** Removes parts, the wires given, and every wire touching a removed part: one change. */
export function removeElements(
  d: Design,
  partIds: readonly string[],
  wireIdsToRemove: readonly string[],
): Design {
  if (partIds.length === 0 && wireIdsToRemove.length === 0) return d;
  const parts = new Set(partIds);
  const wires = new Set(wireIdsToRemove);
  const next = {
    ...d,
    parts: d.parts.filter((p) => !parts.has(p.id)),
    wires: d.wires.filter((w) => !wires.has(w.id) && !parts.has(w.from) && !parts.has(w.to)),
  };
  return next.parts.length === d.parts.length && next.wires.length === d.wires.length ? d : next;
}

export type ConnectResult = { ok: true; design: Design; id: string } | { ok: false; why: string };

/** A wire from one part to another; refuses a part wired to itself and a second identical wire. */
export function connect(d: Design, from: string, to: string): ConnectResult {
  const a = d.parts.find((p) => p.id === from);
  const b = d.parts.find((p) => p.id === to);
  if (!a || !b) return { ok: false, why: 'Both ends of a wire must be parts on the canvas.' };
  if (from === to) return { ok: false, why: `${a.label} cannot send requests to itself.` };
  if (d.wires.some((w) => w.from === from && w.to === to))
    return { ok: false, why: `${a.label} is already wired to ${b.label}.` };
  const wire: Wire = { id: freshId(wireIds(d), 'wire'), from, to };
  return { ok: true, design: { ...d, wires: [...d.wires, wire] }, id: wire.id };
}

/** New positions for some parts; the same design back when nothing moved. */
export function moveParts(d: Design, positions: ReadonlyMap<string, Point>): Design {
  let changed = false;
  const parts = d.parts.map((p) => {
    const to = positions.get(p.id);
    if (!to) return p;
    const x = round(to.x);
    const y = round(to.y);
    if (x === p.x && y === p.y) return p;
    changed = true;
    return { ...p, x, y };
  });
  return changed ? { ...d, parts } : d;
}

function updatePart(d: Design, id: string, f: (p: Part) => Part): Design {
  let changed = false;
  const parts = d.parts.map((p) => {
    if (p.id !== id) return p;
    const q = f(p);
    if (q !== p) changed = true;
    return q;
  });
  return changed ? { ...d, parts } : d;
}

/** One property of one part. Values are checked by the panel (and by the schema on import). */
export function setProp(d: Design, id: string, key: string, value: number | string): Design {
  return updatePart(d, id, (p) => {
    const props = p.props as unknown as Record<string, unknown>;
    if (!(key in props) || props[key] === value) return p;
    return { ...p, props: { ...props, [key]: value } } as unknown as Part;
  });
}

export function setLabel(d: Design, id: string, label: string): Design {
  return updatePart(d, id, (p) => (p.label === label ? p : { ...p, label }));
}

export function setWorkload(d: Design, patch: Partial<Workload>): Design {
  const workload = { ...d.workload, ...patch };
  const same = (Object.keys(patch) as Array<keyof Workload>).every(
    (k) => d.workload[k] === workload[k],
  );
  return same ? d : { ...d, workload };
}

/** What Copy keeps: the parts and the wires between them (wires leaving the selection stay). */
export interface Clipboard {
  parts: Part[];
  wires: Wire[];
}

export function copyParts(d: Design, partIds: readonly string[]): Clipboard {
  const chosen = new Set(partIds);
  return {
    parts: d.parts.filter((p) => chosen.has(p.id)),
    wires: d.wires.filter((w) => chosen.has(w.from) && chosen.has(w.to)),
  };
}

/** Pastes copies with fresh ids, shifted by `offset` so they do not hide the originals. */
export function pasteParts(
  d: Design,
  clip: Clipboard,
  offset: Point,
): { design: Design; ids: string[] } {
  let next = d;
  const renamed = new Map<string, string>();
  for (const p of clip.parts) {
    const copy = { ...newPart(next, p.kind, { x: p.x + offset.x, y: p.y + offset.y }) };
    const part = { ...copy, props: { ...p.props } } as Part;
    renamed.set(p.id, part.id);
    next = { ...next, parts: [...next.parts, part] };
  }
  for (const w of clip.wires) {
    const from = renamed.get(w.from);
    const to = renamed.get(w.to);
    if (!from || !to) continue;
    const r = connect(next, from, to);
    if (r.ok) next = r.design;
  }
  return { design: next, ids: [...renamed.values()] };
}
