import { summarize, type Ms } from '../../engine';
import type { RunResult } from '../../scenarios/run';
import { compileDesign, type CompiledDesign } from '../compile';
import { capacityPlan } from '../design/capacity';
import type { DesignIssue, LoadTestResult } from '../design/contract';
import { monthlyCost } from '../design/cost';
import { partsOfKind, designGraph } from '../design/graph';
import type { Design } from '../design/types';
import { distanceBottleneck, findBottleneck } from './bottleneck';
import { TARGET_ERROR_RATE, TARGET_P99_MS } from './challenges';
import { latencyFigures, partFigures } from './figures';

export interface LoadTestOptions {
  seed?: number;
  /** Told the share of the work done, 0 to 1, now and then. */
  onProgress?: (done: number) => void;
  /**
   * Also run the shorter test in which one app server dies (default true); skipped when the
   * design already misses the goals with every server up.
   */
  appLoss?: boolean;
}

/** A design the load test refuses: its errors, the first named in the message. */
export class InvalidDesignError extends Error {
  constructor(readonly issues: DesignIssue[]) {
    super(issues[0]?.message ?? 'the design is not valid');
    this.name = 'InvalidDesignError';
  }
}

/** Simulated time between progress reports (and between checks of the clock, in a worker). */
const STEP_MS = 250;
/** The app-loss run: the kill comes this long after the start (shorter for short tests)... */
export const LOSS_KILL_MS = 2000;
/** ...and the run measures this long once the loss could have been noticed. */
export const LOSS_MEASURE_MS = 5000;

function compileOrThrow(design: Design, seed: number, durationMs: Ms): CompiledDesign {
  const c = compileDesign(design, { seed, durationMs });
  if (!c.ok) throw new InvalidDesignError(c.issues);
  return c.model;
}

function runFor(m: CompiledDesign, durationMs: Ms, progress: (f: number) => void): void {
  for (let t = STEP_MS; ; t += STEP_MS) {
    m.sim.runUntil(Math.min(t, durationMs));
    progress(Math.min(1, t / durationMs));
    if (t >= durationMs) return;
  }
}

/**
 * Load-tests a design on the shared engine: its workload for `durationS` simulated seconds,
 * then (unless told not to) a shorter run in which one app server dies. Pure and synchronous;
 * `runLoadTest` runs it in a worker. Throws InvalidDesignError for a design with errors.
 */
export function loadTest(design: Design, opts: LoadTestOptions = {}): LoadTestResult {
  const seed = opts.seed ?? 1;
  const durationMs = Math.max(1, design.workload.durationS * 1000);
  const withLoss = opts.appLoss !== false;
  const share = withLoss ? 0.7 : 1;
  const report = opts.onProgress ?? (() => {});
  const m = compileOrThrow(design, seed, durationMs);
  runFor(m, durationMs, (f) => report(f * share));
  const result = resultOf(design, m, durationMs);
  // A design that misses the goals with every server up cannot meet them with one fewer:
  // the second run would only cost time.
  const healthy = result.redirects.p99Ms < TARGET_P99_MS && result.errorRate < TARGET_ERROR_RATE;
  result.appLoss =
    withLoss && healthy
      ? appLossRun(design, seed, durationMs, (f) => report(share + f * (1 - share)))
      : null;
  result.run = {
    scenario: 'url-shortener',
    seed,
    params: {
      ...design.workload,
      design: design.name,
      readNewLinksFromPrimary: design.readNewLinksFromPrimary,
    },
    ...summarize(m.sim, durationMs),
    ...jsonExtras(result, m),
  };
  report(1);
  return result;
}

/** What a run of a compiled design found, up to `until` (no app-loss run, no JSON yet). */
export function resultOf(design: Design, m: CompiledDesign, until: Ms): LoadTestResult {
  const plan = capacityPlan(design);
  const parts = partFigures(design, m, until);
  const t = m.tally;
  const rowOf = (id: string) => plan.parts.find((r) => r.partId === id);
  const cost = monthlyCost(
    design,
    (id) => (rowOf(id)?.readsPerSec ?? 0) + (rowOf(id)?.writesPerSec ?? 0),
  );
  const ended = t.redirects.ended + t.creates.ended;
  const errors = t.redirects.errors + t.creates.errors;
  return {
    redirects: latencyFigures(t.redirects),
    creates: latencyFigures(t.creates),
    errorRate: ended > 0 ? Math.round((errors / ended) * 1e5) / 1e5 : 0,
    notFoundYet: t.notFoundYet,
    collisions: t.collisions,
    duplicateCodes: t.duplicateCodes,
    monthlyCost: cost,
    bottleneck:
      findBottleneck(design, plan, parts) ??
      distanceBottleneck(design, latencyFigures(t.redirects).p99Ms, TARGET_P99_MS),
    parts,
    appLoss: null,
    run: {} as RunResult,
  };
}

/** The design's own figures in the CLI's --json, beside the engine's summary. */
export function jsonExtras(r: LoadTestResult, m: CompiledDesign): Record<string, unknown> {
  return {
    redirects: r.redirects,
    creates: r.creates,
    errorRate: r.errorRate,
    bottleneck: r.bottleneck
      ? { node: r.bottleneck.partId, reason: r.bottleneck.reason, fix: r.bottleneck.fix }
      : null,
    utilization: Object.fromEntries(r.parts.map((p) => [p.partId, p.utilization])),
    notFoundYet: r.notFoundYet,
    collisions: r.collisions,
    duplicateCodes: r.duplicateCodes,
    codesMade: m.tally.codesMade,
    monthlyCost: r.monthlyCost,
    appLoss: r.appLoss ?? null,
  };
}

/**
 * Kills the first instance of the first app part two seconds in, then measures redirects
 * sent once the balancers' health checks could have noticed (or one second after, with none).
 */
function appLossRun(
  d: Design,
  seed: number,
  mainMs: Ms,
  report: (f: number) => void,
): LoadTestResult['appLoss'] {
  const g = designGraph(d);
  const apps = partsOfKind(g, 'app');
  if (apps.length === 0) return null;
  const noticeMs =
    Math.max(0, ...partsOfKind(g, 'balancer').map((b) => b.props.healthCheckMs)) + 1000;
  const killMs = Math.min(LOSS_KILL_MS, mainMs / 4);
  const fromMs = killMs + noticeMs;
  const durationMs = fromMs + Math.min(LOSS_MEASURE_MS, Math.max(1000, mainMs / 2));
  const m = compileOrThrow(d, seed + 1, durationMs);
  const victim = m.killable.get(apps[0]!.id)?.[0];
  if (!victim) return null;
  m.sim.applyCommands([{ at: killMs, node: victim, action: 'kill' }]);
  m.tally.lateFromMs = fromMs;
  runFor(m, durationMs, report);
  return {
    killed: victim,
    atS: killMs / 1000,
    fromS: fromMs / 1000,
    redirects: latencyFigures(m.tally.late),
  };
}
