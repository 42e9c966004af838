import { LinkClients, type Component, type LinkTally, type Ms, type Sim } from '../../engine';
import type { CodeRegistry } from '../codes';
import {
  CLIENT_TIMEOUT_MS,
  FRESH_CLICK_MAX_MS,
  FRESH_CLICK_MIN_MS,
  USER_RPS,
} from '../design/assumptions';
import type { DesignIssue } from '../design/contract';
import { designGraph, nextParts, partsOfKind } from '../design/graph';
import type { Design } from '../design/types';
import { validateDesign } from '../design/validate';
import { AppParts } from './apps';
import { CompileContext } from './context';
import { DataParts } from './data';
import { FrontParts } from './front';
import { LOCAL_MS, REGION_INDEX, toOriginMs } from './regions';

export interface CompileOptions {
  seed: number;
  durationMs: Ms;
  traceCapacity?: number;
}

/** A design as a runnable engine model. */
export interface CompiledDesign {
  sim: Sim;
  tally: LinkTally;
  registry: CodeRegistry;
  /** Engine nodes with statistics, by design part id. */
  nodesOf: ReadonlyMap<string, readonly Component[]>;
  /** Engine names that can be killed, by design part id ("app" -> ["app.1", "app.2"]). */
  killable: ReadonlyMap<string, readonly string[]>;
  /** Requests a second the clients send, early clicks on new links included. */
  expectedRps: number;
}

export type CompileResult =
  { ok: true; model: CompiledDesign } | { ok: false; issues: DesignIssue[] };

/**
 * Turns a design into an engine model built from the shared building blocks: LinkClients per
 * Clients part, EdgeServer per CDN region, RateLimiterNode, LoadBalancer, a Server + LinkApp per
 * app instance, WarmCache, KeyService, LinkGroup (primary + replicas, or one per shard) and a
 * WorkQueueNode with Consumers. A design with errors is not built: its issues come back.
 */
export function compileDesign(design: Design, opts: CompileOptions): CompileResult {
  const issues = validateDesign(design).filter((i) => i.severity === 'error');
  if (issues.length > 0) return { ok: false, issues };
  const g = designGraph(design);
  const cx = new CompileContext(design, g, opts.seed, opts.traceCapacity ?? 0, opts.durationMs);
  const data = new DataParts(cx);
  const apps = new AppParts(cx, data);
  const front = new FrontParts(cx, apps);
  const w = design.workload;
  const clients = partsOfKind(g, 'clients');
  const shares = clients.reduce((s, c) => s + Math.max(0, c.props.share), 0);
  let firstUser = 1;
  for (const c of clients) {
    const f = shares > 0 ? Math.max(0, c.props.share) / shares : 0;
    const next = nextParts(g, c.id);
    if (f <= 0 || next.length === 0) continue;
    const region = c.props.region;
    const targets = next.map((n) => front.entry(n, region));
    const users = Math.max(1, Math.ceil(((w.redirectsPerSec + w.createsPerSec) * f) / USER_RPS));
    const source = new LinkClients(cx.sim, {
      name: c.id,
      targets,
      redirectsPerSec: w.redirectsPerSec * f,
      createsPerSec: w.createsPerSec * f,
      zipf: w.zipf,
      book: cx.book,
      tally: cx.tally,
      users,
      firstUser,
      region: REGION_INDEX[region],
      timeoutMs: CLIENT_TIMEOUT_MS,
      freshClickMs: [FRESH_CLICK_MIN_MS, FRESH_CLICK_MAX_MS],
    });
    firstUser += users;
    // Users reach an edge in their own region over the last mile; anything else is far away.
    for (const [i, t] of targets.entries()) {
      const local = next[i]!.kind === 'cdn';
      const ms = local ? LOCAL_MS : toOriginMs(region);
      cx.sim.link(source, t, () => ms);
    }
  }
  return {
    ok: true,
    model: {
      sim: cx.sim,
      tally: cx.tally,
      registry: apps.registry,
      nodesOf: cx.nodesOf,
      killable: cx.killable,
      expectedRps: w.redirectsPerSec + 2 * w.createsPerSec,
    },
  };
}
