import type { LiveNodeState } from '../../ui/diagram/liveNode';
import type { Part } from './budget';
import { GAUGE } from './gauges';
import { BOX, dbCell, readerBox, serviceBox, type Box } from './layout';
import { JOBS, NAMES, REGIONS, SIZE, type Mode, type Switchable } from './parts';

/** A part as the picture draws it: where, what it says, and what state it is in. */
export interface DrawnBox extends Box {
  key: string;
  part: Part;
  label: string;
  note: string;
  /** Switched off by the learner, killed by an intervention, or working. */
  state: 'on' | 'off' | 'down';
  /** Share of its workers or connections busy (at scale), for the load bar. */
  load: number | null;
  /** Database cells: which region and row (0 is the primary). */
  region?: number;
  row?: number;
}

export interface LiveReader {
  node(name: string): LiveNodeState | null;
  gauge(name: string): number;
}

/** Busy share and liveness of a set of components taken together. */
function pool(live: LiveReader, names: readonly string[]) {
  let busy = 0;
  let cap = 0;
  let anyAlive = false;
  let seen = false;
  for (const n of names) {
    const s = live.node(n);
    if (!s) continue;
    seen = true;
    busy += s.busy;
    cap += s.capacity;
    anyAlive ||= s.alive;
  }
  return { busy, cap, alive: !seen || anyAlive, share: cap > 0 ? busy / cap : null };
}

const pct = (x: number | null) => (x === null ? '' : `${Math.round(100 * x)}% busy`);

/** Every box of the picture with its words and state, for this mode and these parts off. */
export function drawnBoxes(mode: Mode, off: ReadonlySet<Switchable>, live: LiveReader): DrawnBox[] {
  const scale = mode === 'scale';
  const out: DrawnBox[] = [];
  const add = (
    key: string,
    part: Part,
    box: Box,
    label: string,
    quiet: string,
    names: readonly string[],
    switchedOff = false,
    busyNote?: (p: ReturnType<typeof pool>) => string,
  ) => {
    const p = pool(live, names);
    out.push({
      key,
      part,
      ...box,
      label,
      note: switchedOff ? 'OFF' : scale ? (busyNote?.(p) ?? pct(p.share)) : quiet,
      state: switchedOff ? 'off' : p.alive ? 'on' : 'down',
      load: scale && !switchedOff ? p.share : null,
    });
  };
  const apps = Array.from({ length: SIZE.appServers }, (_, i) => NAMES.app(i));
  add(
    'edge',
    'edge',
    BOX.edge,
    'Edge (CDN)',
    'in your city',
    [NAMES.edge],
    off.has('cdn'),
    () => 'your city',
  );
  add(
    'origin',
    'origin',
    BOX.origin,
    'File server',
    'data centre',
    [NAMES.origin],
    false,
    () => 'data centre',
  );
  add(
    'balancer',
    'balancer',
    BOX.balancer,
    'Load balancer',
    'fewest in hand',
    [NAMES.lb],
    false,
    () => 'fewest in hand',
  );
  add('app', 'app', BOX.app, 'App servers', `${SIZE.appServers} of them`, apps);
  const hits = live.gauge(GAUGE.cacheHits);
  add('cache', 'cache', BOX.cache, 'Cache', 'in memory', [NAMES.cache], off.has('cache'), () =>
    Number.isFinite(hits) ? `${Math.round(hits).toLocaleString('en-US')} hits` : 'in memory',
  );
  add(
    'shard',
    'shard',
    BOX.shard,
    'Shard router',
    'by region',
    [NAMES.shards],
    false,
    () => 'by region',
  );
  add(
    'limiter',
    'limiter',
    BOX.limiter,
    'Rate limiter',
    'per customer',
    [NAMES.limiter],
    off.has('limiter'),
    () => {
      const s = live.node(NAMES.limiter);
      return `${(s?.dropped ?? 0).toLocaleString('en-US')} turned away`;
    },
  );
  add(
    'orders',
    'orders',
    BOX.orders,
    'Order service',
    'checks, writes',
    [NAMES.orders],
    false,
    (p) => `${p.busy.toLocaleString('en-US')} in progress`,
  );
  const lag = live.gauge(GAUGE.logLag);
  add(
    'log',
    'log',
    BOX.log,
    'Event log',
    'Kafka-style',
    [NAMES.log],
    off.has('queue'),
    () => `${Number.isFinite(lag) ? Math.round(lag) : 0} waiting`,
  );
  REGIONS.forEach((r, i) => {
    const rows = [
      NAMES.primary(r.id),
      ...Array.from({ length: SIZE.replicasPerShard }, (_, k) => NAMES.replica(r.id, k)),
    ];
    rows.forEach((name, row) => {
      const before = out.length;
      add(
        `db-${r.id}-${row}`,
        row === 0 ? 'primary' : 'replica',
        dbCell(i, row),
        row === 0 ? 'Primary' : `Replica ${row}`,
        i === 0 ? 'yours' : '',
        [name],
        row > 0 && off.has('replicas'),
        (p) => (p.share === null ? '' : `${Math.round(100 * p.share)}%`),
      );
      Object.assign(out[before]!, { region: i, row });
    });
  });
  JOBS.forEach((j, i) => {
    const readers = Array.from({ length: SIZE.partitions }, (_, k) => NAMES.reader(j.id, k));
    add(
      `reader-${j.id}`,
      'reader',
      readerBox(i),
      'Readers',
      j.label.toLowerCase(),
      readers,
      off.has('queue'),
    );
    add(
      `job-${j.id}`,
      j.id,
      serviceBox(i),
      j.label,
      j.note,
      [NAMES.service(j.id)],
      false,
      (p) => `${p.busy.toLocaleString('en-US')} at work`,
    );
  });
  return out;
}
