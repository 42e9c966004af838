import type { DesignIssue } from './contract';
import {
  appLinks,
  cycles,
  designGraph,
  feederOf,
  FRONT_KINDS,
  nextParts,
  partsOfKind,
  reachable,
  STORE_KINDS,
  type DesignGraph,
} from './graph';
import type { Design, Part } from './types';
import { wireProblem } from './wireRules';

/**
 * Everything wrong with a design, each issue attached to the parts and wires it concerns.
 * Errors stop a load test (it could not run or would mean nothing); warnings are things a
 * learner probably did not intend. Never throws; the order is stable for a given design.
 */
export function validateDesign(d: Design): DesignIssue[] {
  const out: DesignIssue[] = [];
  const error = (message: string, partIds: string[] = [], wireIds: string[] = []) =>
    out.push({ severity: 'error', message, partIds, wireIds });
  const warn = (message: string, partIds: string[] = [], wireIds: string[] = []) =>
    out.push({ severity: 'warning', message, partIds, wireIds });
  const g = designGraph(d);

  checkIds(d, error);
  for (const w of g.dangling) {
    const missing = g.parts.has(w.from) ? w.to : w.from;
    error(
      `A wire points to a part that is not in the design ("${missing}"): remove it.`,
      [],
      [w.id],
    );
  }
  checkWires(g, error, warn);
  for (const c of cycles(g))
    error(
      `These parts are wired in a loop (${c.partIds.map(g.nameOf).join(' → ')} → back): a request would go round forever.`,
      c.partIds,
      c.wireIds,
    );
  checkTraffic(g, error, warn);
  checkStores(g, error, warn);
  checkReach(g, out, error, warn);
  return out;
}

type Report = (message: string, partIds?: string[], wireIds?: string[]) => void;

function checkIds(d: Design, error: Report): void {
  const seen = new Set<string>();
  for (const p of d.parts) {
    if (seen.has(p.id))
      error(`Two parts share the id "${p.id}": every part needs its own.`, [p.id]);
    seen.add(p.id);
  }
  const wires = new Set<string>();
  for (const w of d.wires) {
    if (wires.has(w.id)) error(`Two wires share the id "${w.id}".`, [], [w.id]);
    wires.add(w.id);
  }
}

function checkWires(g: DesignGraph, error: Report, warn: Report): void {
  const pairs = new Map<string, string>();
  for (const w of g.design.wires) {
    const from = g.parts.get(w.from);
    const to = g.parts.get(w.to);
    if (!from || !to) continue;
    const problem = wireProblem(g, from, to);
    if (problem) error(problem, [from.id, to.id], [w.id]);
    const key = `${w.from}\u0000${w.to}`;
    const first = pairs.get(key);
    if (first !== undefined && from.id !== to.id)
      warn(
        `${g.nameOf(from.id)} is wired to ${g.nameOf(to.id)} twice: one wire is enough.`,
        [from.id, to.id],
        [first, w.id],
      );
    else pairs.set(key, w.id);
  }
}

function checkTraffic(g: DesignGraph, error: Report, warn: Report): void {
  const clients = partsOfKind(g, 'clients');
  if (clients.length === 0)
    error('There are no Clients: add them so the design has traffic to serve.');
  else if (clients.every((c) => c.props.share <= 0))
    error(
      'Every Clients part has a share of 0, so nobody sends anything: give one a share above 0.',
      clients.map((c) => c.id),
    );
  const w = g.design.workload;
  if (w.redirectsPerSec <= 0 && w.createsPerSec <= 0)
    warn('The workload asks for 0 redirects and 0 creates a second: the load test would be empty.');
  if (partsOfKind(g, 'primary').length + partsOfKind(g, 'shards').length === 0)
    error('Nothing stores the links: add a Database primary or a Sharded database.');
  if (partsOfKind(g, 'app').length === 0)
    error('There are no App servers: something has to look links up and make new ones.');
}

function checkStores(g: DesignGraph, error: Report, warn: Report): void {
  const used = new Map<string, string[]>();
  for (const app of partsOfKind(g, 'app')) {
    const l = appLinks(g, app);
    const name = g.nameOf(app.id);
    if (l.stores.length > 1)
      error(
        `${name} reach two places that store links (${l.stores.map((s) => g.nameOf(s.id)).join(' and ')}): a link must live in one, so keep one.`,
        [app.id, ...l.stores.map((s) => s.id)],
      );
    if (l.store) used.set(l.store.id, [...(used.get(l.store.id) ?? []), app.id]);
    const direct = nextParts(g, app.id);
    for (const kind of ['cache', 'keygen', 'queue'] as const) {
      const many = direct.filter((p) => p.kind === kind);
      if (many.length > 1)
        warn(
          `${name} are wired to ${many.length} ${kind === 'cache' ? 'caches' : kind === 'keygen' ? 'key services' : 'queues'}: only ${g.nameOf(many[0]!.id)} is used.`,
          [app.id, ...many.map((p) => p.id)],
        );
    }
    if (l.keygen?.props.strategy === 'hash')
      warn(
        `${g.nameOf(l.keygen.id)} makes hash codes, which the app servers could compute themselves: the call only adds a hop.`,
        [l.keygen.id],
      );
    for (const r of [...direct, ...(l.cache ? nextParts(g, l.cache.id) : [])])
      if (
        r.kind === 'replicas' &&
        l.store &&
        feederOf(g, r.id)?.id !== l.store.id &&
        feederOf(g, r.id)
      )
        error(
          `${g.nameOf(r.id)} copy ${g.nameOf(feederOf(g, r.id)!.id)}, but ${name} keep links in ${g.nameOf(l.store.id)}: reads there would miss every link.`,
          [r.id, app.id],
        );
  }
  if (used.size > 1)
    error(
      `App servers keep links in different places (${[...used.keys()].map(g.nameOf).join(', ')}): a link made through one would never be found through another.`,
      [...used.keys(), ...[...used.values()].flat()],
    );
  const keygens = new Set(
    partsOfKind(g, 'app')
      .map((a) => appLinks(g, a).keygen)
      .filter((k) => k !== null),
  );
  const counters = [...keygens].filter((k) => k.props.strategy !== 'hash');
  if (counters.length > 1)
    warn(
      `${counters.map((k) => g.nameOf(k.id)).join(' and ')} hand out codes on their own: each starts from the same number, so they hand out the same codes and the database must turn the repeats away.`,
      counters.map((k) => k.id),
    );
  for (const r of partsOfKind(g, 'replicas')) {
    const feeders = g.in.get(r.id)!.filter((w) => STORE_KINDS.includes(g.parts.get(w.from)!.kind));
    if (feeders.length === 0)
      error(
        `${g.nameOf(r.id)} copy nothing: wire a Database primary (or a Sharded database) to them.`,
        [r.id],
      );
    else if (feeders.length > 1)
      error(
        `${g.nameOf(r.id)} are fed by two databases: a replica copies exactly one.`,
        [r.id],
        feeders.map((w) => w.id),
      );
    const readers = g.in
      .get(r.id)!
      .filter((w) => ['app', 'cache'].includes(g.parts.get(w.from)!.kind));
    if (feeders.length > 0 && readers.length === 0)
      warn(`${g.nameOf(r.id)} take no reads: wire the App servers (or their Cache) to them.`, [
        r.id,
      ]);
  }
}

function checkReach(
  g: DesignGraph,
  out: { partIds: string[] }[],
  error: Report,
  warn: Report,
): void {
  const clients = partsOfKind(g, 'clients');
  const fromClients = reachable(
    g,
    clients.map((c) => c.id),
  );
  for (const c of clients) {
    const seen = reachable(g, [c.id]);
    const stores = [...seen].filter((id) => STORE_KINDS.includes(g.parts.get(id)!.kind));
    if (stores.length === 0)
      error(
        `${g.nameOf(c.id)} cannot reach any database: wire them on to App servers (perhaps through an edge, a limiter or a balancer), and the App servers to a Database primary or Sharded database.`,
        [c.id],
      );
  }
  for (const p of g.parts.values()) {
    if (FRONT_KINDS.includes(p.kind) && nextParts(g, p.id).length === 0)
      error(`${g.nameOf(p.id)} passes requests on to nothing: wire it towards App servers.`, [
        p.id,
      ]);
    if (p.kind === 'app' && !appLinks(g, p).store)
      error(
        `${g.nameOf(p.id)} reach no database: wire them to a Database primary or a Sharded database (or to a Cache in front of one).`,
        [p.id],
      );
  }
  const flagged = new Set(out.flatMap((i) => i.partIds));
  for (const p of g.parts.values()) {
    if (flagged.has(p.id)) continue;
    const wired = g.in.get(p.id)!.length + g.out.get(p.id)!.length > 0;
    if (!wired)
      warn(`${g.nameOf(p.id)} is not connected to anything: wire it in or remove it.`, [p.id]);
    else if (p.kind !== 'clients' && !fromClients.has(p.id) && !fedReplica(g, p, fromClients))
      warn(`${g.nameOf(p.id)} gets no traffic: nothing leads to it from Clients.`, [p.id]);
  }
}

/** Replicas whose database is in use are part of the system even if nobody reads them. */
const fedReplica = (g: DesignGraph, p: Part, live: Set<string>) =>
  p.kind === 'replicas' && live.has(feederOf(g, p.id)?.id ?? '');
