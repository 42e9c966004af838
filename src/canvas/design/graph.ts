import type { Design, Part, PartKind, Wire } from './types';
import { PART_NAMES } from './types';

/**
 * A design as a graph: parts by id, the wires leaving and entering each, and what each app
 * part talks to. Validation, capacity math and the compiler all read the design through
 * this one view, so they agree on what a wire means.
 */
export interface DesignGraph {
  design: Design;
  parts: ReadonlyMap<string, Part>;
  /** Wires whose two ends exist, by the part they leave / enter. */
  out: ReadonlyMap<string, readonly Wire[]>;
  in: ReadonlyMap<string, readonly Wire[]>;
  /** Wires naming a part that is not in the design. */
  dangling: readonly Wire[];
  /** How messages name a part: its label, with its id when two parts share a label. */
  nameOf(id: string): string;
}

export type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;

/** Which kinds each kind may send requests (or, for databases, copies) to. */
export const ALLOWED_WIRES: Readonly<Record<PartKind, readonly PartKind[]>> = {
  clients: ['cdn', 'limiter', 'balancer', 'app'],
  cdn: ['limiter', 'balancer', 'app'],
  limiter: ['balancer', 'app'],
  balancer: ['app'],
  app: ['cache', 'keygen', 'primary', 'replicas', 'shards', 'queue'],
  cache: ['primary', 'replicas', 'shards'],
  keygen: [],
  primary: ['replicas'],
  replicas: [],
  shards: ['replicas'],
  queue: [],
};

/** Kinds on the way from users to the app: they pass requests on. */
export const FRONT_KINDS: readonly PartKind[] = ['cdn', 'limiter', 'balancer'];
/** Kinds that hold the links (take the writes). */
export const STORE_KINDS: readonly PartKind[] = ['primary', 'shards'];

export const wireAllowed = (from: PartKind, to: PartKind): boolean =>
  ALLOWED_WIRES[from].includes(to);

export function designGraph(design: Design): DesignGraph {
  const parts = new Map<string, Part>();
  for (const p of design.parts) if (!parts.has(p.id)) parts.set(p.id, p);
  const out = new Map<string, Wire[]>();
  const inn = new Map<string, Wire[]>();
  for (const id of parts.keys()) {
    out.set(id, []);
    inn.set(id, []);
  }
  const dangling: Wire[] = [];
  for (const w of design.wires) {
    if (!parts.has(w.from) || !parts.has(w.to)) dangling.push(w);
    else {
      out.get(w.from)!.push(w);
      inn.get(w.to)!.push(w);
    }
  }
  const labelCount = new Map<string, number>();
  const labelOf = (p: Part) => p.label.trim() || PART_NAMES[p.kind];
  for (const p of parts.values()) labelCount.set(labelOf(p), (labelCount.get(labelOf(p)) ?? 0) + 1);
  const nameOf = (id: string): string => {
    const p = parts.get(id);
    if (!p) return `"${id}"`;
    const label = labelOf(p);
    return (labelCount.get(label) ?? 0) > 1 ? `${label} (${p.id})` : label;
  };
  return { design, parts, out, in: inn, dangling, nameOf };
}

/** The parts a part may pass requests to: only along wires that make sense. */
export function nextParts(g: DesignGraph, id: string): Part[] {
  const from = g.parts.get(id);
  if (!from) return [];
  const seen = new Set<string>();
  const out: Part[] = [];
  for (const w of g.out.get(id) ?? []) {
    const to = g.parts.get(w.to)!;
    if (wireAllowed(from.kind, to.kind) && !seen.has(to.id)) {
      seen.add(to.id);
      out.push(to);
    }
  }
  return out;
}

/** Parts that may pass requests to this one, along sensible wires. */
export function previousParts(g: DesignGraph, id: string): Part[] {
  const to = g.parts.get(id);
  if (!to) return [];
  const out: Part[] = [];
  for (const w of g.in.get(id) ?? []) {
    const from = g.parts.get(w.from)!;
    if (wireAllowed(from.kind, to.kind) && !out.includes(from)) out.push(from);
  }
  return out;
}

/** Every part reachable from `start` along sensible wires (the start included). */
export function reachable(g: DesignGraph, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = start.filter((id) => g.parts.has(id));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const p of nextParts(g, id)) if (!seen.has(p.id)) stack.push(p.id);
  }
  return seen;
}

export const partsOfKind = <K extends PartKind>(g: DesignGraph, kind: K): PartOf<K>[] =>
  [...g.parts.values()].filter((p): p is PartOf<K> => p.kind === kind);

const isKind = <K extends PartKind>(p: Part | undefined, kind: K): p is PartOf<K> =>
  p !== undefined && p.kind === kind;

/** What one app part talks to, resolved from its wires (and its cache's). */
export interface AppLinks {
  app: PartOf<'app'>;
  cache: PartOf<'cache'> | null;
  /** Where links are written: a primary or a sharded database (the first found). */
  store: PartOf<'primary'> | PartOf<'shards'> | null;
  /** Every store the app (or its cache) is wired to; more than one is a design error. */
  stores: Array<PartOf<'primary'> | PartOf<'shards'>>;
  /** Replicas of `store` that the app or its cache reads from. */
  readers: PartOf<'replicas'> | null;
  keygen: PartOf<'keygen'> | null;
  queue: PartOf<'queue'> | null;
}

/** The part (primary or shards) a replicas part copies, or null; the first if several. */
export function feederOf(g: DesignGraph, replicasId: string): Part | null {
  return previousParts(g, replicasId).find((p) => STORE_KINDS.includes(p.kind)) ?? null;
}

export function appLinks(g: DesignGraph, app: PartOf<'app'>): AppLinks {
  const direct = nextParts(g, app.id);
  const cache = direct.find((p): p is PartOf<'cache'> => isKind(p, 'cache')) ?? null;
  const behind = [...direct, ...(cache ? nextParts(g, cache.id) : [])];
  const stores: Array<PartOf<'primary'> | PartOf<'shards'>> = [];
  for (const p of behind)
    if ((isKind(p, 'primary') || isKind(p, 'shards')) && !stores.includes(p)) stores.push(p);
  const store = stores[0] ?? null;
  const readers =
    behind.find(
      (p): p is PartOf<'replicas'> =>
        isKind(p, 'replicas') && store !== null && feederOf(g, p.id)?.id === store.id,
    ) ?? null;
  return {
    app,
    cache,
    store,
    stores,
    readers,
    keygen: direct.find((p): p is PartOf<'keygen'> => isKind(p, 'keygen')) ?? null,
    queue: direct.find((p): p is PartOf<'queue'> => isKind(p, 'queue')) ?? null,
  };
}

/** Strongly connected groups of two or more parts (Tarjan), over every wire that exists. */
export function cycles(g: DesignGraph): Array<{ partIds: string[]; wireIds: string[] }> {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  // Iterative, so a long chain of parts cannot overflow the call stack.
  for (const root of g.parts.keys()) {
    if (idx.has(root)) continue;
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }];
    idx.set(root, index);
    low.set(root, index++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const wires = g.out.get(top.id) ?? [];
      if (top.i < wires.length) {
        const next = wires[top.i++]!.to;
        if (!idx.has(next)) {
          idx.set(next, index);
          low.set(next, index++);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, i: 0 });
        } else if (onStack.has(next)) low.set(top.id, Math.min(low.get(top.id)!, idx.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
      if (low.get(top.id) === idx.get(top.id)) {
        const group: string[] = [];
        for (;;) {
          const x = stack.pop()!;
          onStack.delete(x);
          group.push(x);
          if (x === top.id) break;
        }
        if (group.length > 1) groups.push(group.reverse());
      }
    }
  }
  return groups.map((partIds) => {
    const inside = new Set(partIds);
    const wireIds = g.design.wires
      .filter((w) => inside.has(w.from) && inside.has(w.to) && w.from !== w.to)
      .map((w) => w.id);
    return { partIds, wireIds };
  });
}
