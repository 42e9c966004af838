import type { Params } from '../params';
import { dbName } from './dataTier';
import { USER_CITIES } from './front';
import { has } from './params';
import { QUEUE_WORKERS, planOf } from './plan';

/** A box in the journey's picture; `also` are parts drawn at the same place (their dots too). */
export interface Part {
  name: string;
  label: string;
  x: number;
  y: number;
  kind: 'users' | 'part' | 'db';
  note?: string;
  also?: string[];
}

export interface Picture {
  parts: Part[];
  wires: Array<[string, string]>;
  /** One sentence for screen readers. */
  label: string;
}

const CITY_LABEL: Record<string, string> = {
  'new-york': 'New York',
  mumbai: 'Mumbai',
  sydney: 'Sydney',
};
const MAX_SERVERS_DRAWN = 3;
const spread = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) =>
    n === 1 ? (from + to) / 2 : from + ((to - from) * i) / (n - 1),
  );

/**
 * The system a link describes, as boxes in columns from the users (left) to the databases
 * (right). It grows with the fixes; big fleets are drawn as a few boxes, the rest of a group
 * sharing the last box so their requests still show.
 */
export function pictureOf(p: Params): Picture {
  const plan = planOf(p);
  const parts: Part[] = [];
  const wires: Array<[string, string]> = [];
  const counts = [plan.nearUsers, ...plan.farUsers];
  const cities = USER_CITIES.filter((_, i) => (counts[i] ?? 0) >= 1);
  const cdn = has(p, 'cdn');
  const cityY = spread(cities.length, 0.15, 0.65);
  cities.forEach((id, i) => {
    const n = counts[USER_CITIES.indexOf(id)] ?? 0;
    parts.push({
      name: `users-${id}`,
      label: CITY_LABEL[id] ?? id,
      note: `${n.toLocaleString('en-US')} users`,
      x: 0.07,
      y: cityY[i]!,
      kind: 'users',
      also: [`door-${id}`, `route-${id}`],
    });
  });
  if (plan.scraper)
    parts.push({
      name: 'scraper',
      label: 'Scraper',
      note: '600 req/s',
      x: 0.07,
      y: 0.88,
      kind: 'users',
    });

  const servers = Array.from({ length: plan.servers }, (_, i) => `app-${i + 1}`);
  const drawn = servers.slice(0, MAX_SERVERS_DRAWN);
  const hidden = servers.slice(MAX_SERVERS_DRAWN);
  const entry = has(p, 'limiter') ? 'limiter' : has(p, 'lb') ? 'lb' : 'app-1';
  if (has(p, 'limiter'))
    parts.push({ name: 'limiter', label: 'Rate limiter', x: 0.33, y: 0.4, kind: 'part' });
  if (has(p, 'lb'))
    parts.push({ name: 'lb', label: 'Load balancer', x: 0.45, y: 0.4, kind: 'part' });
  const appY = spread(drawn.length, 0.2, 0.6);
  drawn.forEach((name, i) => {
    const last = i === drawn.length - 1 && hidden.length > 0;
    parts.push({
      name,
      label: last ? `App ${i + 1}–${plan.servers}` : `App ${i + 1}`,
      ...(last ? { note: `${hidden.length + 1} servers`, also: hidden } : {}),
      x: 0.59,
      y: appY[i]!,
      kind: 'part',
    });
  });
  parts.push({ name: 'files', label: 'File server', x: 0.45, y: 0.85, kind: 'part' });

  for (const c of cities) {
    const at = parts.find((x) => x.name === `users-${c}`)!;
    if (cdn) {
      parts.push({ name: `edge-${c}`, label: `Edge ${at.label}`, x: 0.2, y: at.y, kind: 'part' });
      wires.push([at.name, `edge-${c}`], [`edge-${c}`, 'files']);
    } else wires.push([at.name, 'files']);
    wires.push([at.name, entry]);
  }
  if (plan.scraper) wires.push(['scraper', entry]);
  if (has(p, 'limiter')) wires.push(['limiter', has(p, 'lb') ? 'lb' : 'app-1']);
  if (has(p, 'lb')) for (const s of drawn) wires.push(['lb', s]);

  // The data side: cache, pool, refusals, databases and the queue.
  const dbs: Part[] = [];
  const shardAlso = (s: number) =>
    Array.from({ length: plan.replicas }, (_, m) => dbName(s, m + 1, plan.shards));
  if (plan.shards > 1) {
    spread(plan.shards, 0.12, 0.68).forEach((y, s) =>
      dbs.push({
        name: dbName(s, 0, plan.shards),
        label: `Shard ${s + 1}`,
        ...(plan.replicas > 0 ? { note: `+${plan.replicas} replicas` } : {}),
        also: [`shard-${s + 1}-router`, ...shardAlso(s)],
        x: 0.88,
        y,
        kind: 'db',
      }),
    );
  } else {
    const names = [dbName(0, 0, 1), ...shardAlso(0)];
    spread(names.length, 0.15, 0.6).forEach((y, m) =>
      dbs.push({
        name: names[m]!,
        label: m === 0 ? 'Primary DB' : `Replica ${m}`,
        ...(m === 0 ? { also: ['db-router'] } : {}),
        x: 0.88,
        y,
        kind: 'db',
      }),
    );
  }
  const dataEntry = has(p, 'pool') ? 'pool' : dbs[0]!.name;
  if (has(p, 'cache')) {
    parts.push({
      name: 'cache',
      label: 'Cache',
      x: 0.73,
      y: 0.12,
      kind: 'part',
      also: ['cache-aside'],
    });
    for (const s of drawn) wires.push([s, 'cache']);
  }
  if (has(p, 'pool')) {
    parts.push({
      name: 'pool',
      label: 'Pool',
      note: '50 connections',
      x: 0.73,
      y: 0.42,
      kind: 'part',
    });
    for (const d of dbs) wires.push(['pool', d.name]);
  }
  // The request's routing steps have no box of their own: they sit with where data goes first.
  const entryPart = parts.find((x) => x.name === dataEntry) ?? dbs[0]!;
  entryPart.also = [...(entryPart.also ?? []), 'reads-writes', 'orders', 'shard-router'];
  parts.push(...dbs);
  for (const s of drawn.slice(0, plan.connectedServers)) {
    if (has(p, 'pool')) wires.push([s, 'pool']);
    else for (const d of dbs) wires.push([s, d.name]);
  }
  if (plan.connectedServers < plan.servers) {
    parts.push({
      name: 'no-connection',
      label: 'Refused',
      note: 'no connection',
      x: 0.73,
      y: 0.75,
      kind: 'part',
    });
    wires.push([drawn[drawn.length - 1]!, 'no-connection']);
  }
  if (has(p, 'queue')) {
    const workers = Array.from({ length: QUEUE_WORKERS }, (_, i) => `worker-${i + 1}`);
    parts.push({
      name: 'queue',
      label: 'Queue',
      note: `${QUEUE_WORKERS} workers`,
      x: 0.88,
      y: 0.88,
      kind: 'part',
      also: workers,
    });
    wires.push([dataEntry, 'queue']);
  }

  const label =
    `${plan.users.toLocaleString('en-US')} users` +
    (plan.scraper ? ' and a scraper' : '') +
    ` reach ${[has(p, 'limiter') && 'a rate limiter', has(p, 'lb') && 'a load balancer'].filter(Boolean).join(' and ') || 'the app directly'}, ` +
    `${plan.servers} app server${plan.servers === 1 ? '' : 's'}` +
    `${has(p, 'cache') ? ', a cache' : ''}${has(p, 'pool') ? ', a connection pool' : ''}, ` +
    `${plan.shards > 1 ? `${plan.shards} database shards` : 'one primary database'}` +
    `${plan.replicas > 0 ? ` with ${plan.replicas} read replicas${plan.shards > 1 ? ' each' : ''}` : ''}` +
    `${has(p, 'queue') ? ', a message queue' : ''}; files come from ${cdn ? 'edge servers in each city' : 'one file server in Virginia'}.`;
  return { parts, wires, label };
}
