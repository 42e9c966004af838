import {
  HopPhase,
  OUTCOME_NAMES,
  Outcome,
  spansByStep,
  waterfall,
  type Hop,
  type Ms,
  type OutcomeName,
} from '../../engine';
import type { OrderFlowModel } from './model';
import { JOBS, NAMES, type JobId } from './parts';

/** What a part of the system is, for the budget and the picture. */
export type Part =
  | 'phone'
  | 'uplink'
  | 'downlink'
  | 'edge'
  | 'origin'
  | 'balancer'
  | 'app'
  | 'cache'
  | 'shard'
  | 'replica'
  | 'primary'
  | 'limiter'
  | 'orders'
  | 'log'
  | 'reader'
  | JobId;

/** Each leg of your journey: the app's files, the restaurant list, the order. */
export type Leg = 'files' | 'browse' | 'order';

const JOB_IDS = JOBS.map((j) => j.id) as readonly string[];

/** A component's part, and for a consumer group's reader the job it reads for. */
export function partOf(name: string): { part: Part; job?: JobId } | null {
  const base = name.endsWith('/data') ? name.slice(0, -5) : name;
  if (base === NAMES.you || base === NAMES.neighbour) return { part: 'phone' };
  if (base === NAMES.edge || base === NAMES.origin) return { part: base };
  if (base === NAMES.lb) return { part: 'balancer' };
  if (/^app-\d+$/.test(base) || base === NAMES.paths || base === NAMES.cacheAside)
    return { part: 'app' };
  if (base === NAMES.cache) return { part: 'cache' };
  if (base === NAMES.shards || /^db-[a-z]+$/.test(base)) return { part: 'shard' };
  if (/^db-[a-z]+-primary$/.test(base)) return { part: 'primary' };
  if (/^db-[a-z]+-replica-\d+$/.test(base)) return { part: 'replica' };
  if (base === NAMES.limiter || base === NAMES.orders || base === NAMES.log)
    return { part: base === NAMES.orders ? 'orders' : (base as 'limiter' | 'log') };
  const reader = /^([a-z]+)-(reader-\d+|handoff)$/.exec(base);
  if (reader && JOB_IDS.includes(reader[1]!)) return { part: 'reader', job: reader[1] as JobId };
  if (JOB_IDS.includes(base)) return { part: base as JobId };
  return null;
}

/** One bar of your order's budget: a leg's step, when it started (from the first tap) and how long. */
export interface BudgetStep {
  /** `leg:part`, with `#2` for a part's second turn in the same leg (the cache filled). */
  id: string;
  leg: Leg;
  part: Part;
  t0: Ms;
  ms: Ms;
}

export interface Budget {
  /** How the journey ended: ok, or how its first unsuccessful leg ended. */
  outcome: OutcomeName;
  failedLeg: Leg | null;
  /** When you opened the app (simulated ms). */
  startedAt: Ms;
  /** From opening the app to the answer to the last leg, as the phone measured it. */
  totalMs: Ms;
  /** The bars on the way, in order; they add up to totalMs. */
  steps: BudgetStep[];
  /** Work the order set off that you did not wait for (the consumers), from its start. */
  background: BudgetStep[];
  /** False if a very busy run overwrote some of the journey's hops before they were read. */
  complete: boolean;
}

/**
 * Your order's latency budget, read from the trace of your journey: which part each hop's
 * time belongs to, merged into bars. Travel belongs to the part the request is going to,
 * except that what a router sends on is the router's doing and anything to or from your
 * phone is the mobile network. Work the order set off in the background is kept apart.
 */
export function budgetOf(m: OrderFlowModel): Budget {
  const names = m.sim.components.map((c) => c.name);
  const legs = m.you.legs;
  const legOf = new Map(legs.map((l) => [l.id, l.name as Leg]));
  const { hops, complete } = m.you.hops();
  const queueOn = m.events !== null;
  // The files leg is one step: the phone fetching them from wherever they are.
  const files = m.off.has('cdn') ? 'files:origin' : 'files:edge';
  const place = (id: number) => partOf(names[id] ?? '');
  const background = (hop: Hop): JobId | null => {
    for (const p of [place(hop.from), place(hop.to)]) {
      if (p?.part === 'reader') return p.job!;
      if (queueOn && p && JOB_IDS.includes(p.part)) return p.part as JobId;
    }
    return null;
  };
  const stepOf = (hop: Hop): string | null => {
    const leg = legOf.get(hop.req);
    if (!leg || background(hop)) return null;
    if (leg === 'files') return files;
    return `${leg}:${hopPart(hop, place)}`;
  };
  const start = legs[0]?.sentAt ?? NaN;
  const bars = waterfall(hops, stepOf);
  const seen = new Map<string, number>();
  const steps = bars.map((b): BudgetStep => {
    const n = (seen.get(b.step) ?? 0) + 1;
    seen.set(b.step, n);
    const [leg, part] = b.step.split(':') as [Leg, Part];
    return { id: n > 1 ? `${b.step}#${n}` : b.step, leg, part, t0: b.t0 - start, ms: b.ms };
  });
  const bg = spansByStep(hops, (h) => background(h)).map((b): BudgetStep => ({
    id: `order:${b.step}`,
    leg: 'order',
    part: b.step as JobId,
    t0: b.t0 - start,
    ms: b.ms,
  }));
  const failed = legs.find((l) => l.outcome !== Outcome.ok);
  const last = legs[legs.length - 1];
  return {
    outcome: OUTCOME_NAMES[failed ? failed.outcome : (last?.outcome ?? Outcome.pending)],
    failedLeg: (failed?.name as Leg | undefined) ?? null,
    startedAt: start,
    totalMs: last && !Number.isNaN(last.endedAt) ? last.endedAt - start : NaN,
    steps,
    background: bg,
    complete,
  };
}

/** Which part a hop's time belongs to (see budgetOf). */
function hopPart(hop: Hop, place: (id: number) => { part: Part } | null): Part {
  const from = place(hop.from)?.part ?? 'app';
  const to = place(hop.to)?.part ?? 'app';
  if (hop.phase === HopPhase.forward) {
    if (from === 'phone') return 'uplink';
    return from === 'balancer' || from === 'shard' ? from : to;
  }
  if (hop.phase === HopPhase.reply) return to === 'phone' ? 'downlink' : from;
  return to;
}
