import {
  FrameRecorder,
  formatTimedCommand,
  normalizeSeed,
  summarize,
  type Frame,
  type MetricsSummary,
  type Ms,
  type Sim,
  type TimedCommand,
} from '../engine';
import type { Params } from './params';
import type { Scenario, ScenarioModel } from './scenario';

/** Everything that fixes a run. Two equal inputs give identical results, anywhere. */
export interface RunInput {
  scenario: string;
  params: Params;
  seed: number;
  durationS: number;
  /** Interventions (kill, slow, ...) at simulated times. */
  commands: readonly TimedCommand[];
}

/** The shape of `npm run sim -- --json` and of the page's "Download results". */
export interface RunResult extends MetricsSummary {
  scenario: string;
  seed: number;
  params: Params;
  interventions?: string[];
  [extra: string]: unknown;
}

export interface SessionOptions {
  /** Capture a frame this often (simulated ms); 0 for none (CLI, benchmarks). */
  frameMs: Ms;
  /** Trace ring size; 0 turns tracing off. */
  traceCapacity: number;
  /** About how many requests per simulated second to trace, whatever the load. */
  tracedPerSecond: number;
}

export const HEADLESS: SessionOptions = { frameMs: 0, traceCapacity: 0, tracedPerSecond: 0 };
export const INTERACTIVE: SessionOptions = {
  frameMs: 100,
  traceCapacity: 150_000,
  tracedPerSecond: 250,
};

/** Longest run the app and CLI accept, in simulated seconds. */
export const MAX_DURATION_S = 3600;

/**
 * A run of a given scenario that can be advanced step by step: the player, the worker and the
 * CLI all use it (through RunSession when they only have the scenario's id). It needs no
 * registry, so a page that has its scenario does not load every other one.
 */
export class ScenarioSession {
  readonly scenario: Scenario;
  readonly model: ScenarioModel;
  readonly sim: Sim;
  readonly durationMs: Ms;
  readonly recorder: FrameRecorder | null;
  /** Names of interventions that matched no part (reported, not fatal). */
  readonly unknownTargets: string[];

  constructor(
    scenario: Scenario,
    readonly input: RunInput,
    opts: SessionOptions = HEADLESS,
  ) {
    this.scenario = scenario;
    this.durationMs = Math.min(MAX_DURATION_S, Math.max(0.001, input.durationS)) * 1000;
    this.model = scenario.build(input.params, {
      seed: normalizeSeed(input.seed),
      durationMs: this.durationMs,
      traceCapacity: opts.traceCapacity,
    });
    this.sim = this.model.sim;
    if (opts.traceCapacity > 0 && opts.tracedPerSecond > 0) {
      // Keep the whole run's hops within the ring: about 6 hops per traced request, unless
      // the scenario knows its requests take longer paths.
      const perSecond = Math.min(
        opts.tracedPerSecond,
        opts.traceCapacity / ((this.model.hopsPerRequest ?? 6) * (this.durationMs / 1000)),
      );
      this.sim.setTraceFraction(perSecond / Math.max(1, this.model.expectedRps));
    }
    this.recorder =
      opts.frameMs > 0 ? new FrameRecorder(this.sim, opts.frameMs, this.model.gauges ?? []) : null;
    this.unknownTargets = this.sim.applyCommands(input.commands);
  }

  get now(): Ms {
    return this.sim.now;
  }

  get done(): boolean {
    return this.sim.now >= this.durationMs;
  }

  /** Runs up to `t` (capped at the run's end). */
  advance(t: Ms): void {
    if (this.done) return;
    this.sim.runUntil(Math.min(t, this.durationMs));
    if (this.done) this.sim.endRun();
  }

  get frames(): readonly Frame[] {
    return this.recorder?.frames ?? [];
  }

  /** Results so far (the whole run once `done`). */
  result(): RunResult {
    const until = this.sim.now;
    const base = summarize(this.sim, until);
    const out: RunResult = {
      scenario: this.scenario.id,
      seed: normalizeSeed(this.input.seed),
      params: { ...this.input.params },
      ...base,
      ...(this.model.extras?.(until) ?? {}),
    };
    if (this.input.commands.length > 0)
      out.interventions = this.input.commands.map(formatTimedCommand);
    return out;
  }
}

/** Runs a whole scenario headless and returns its results. */
export function runScenario(scenario: Scenario, input: RunInput): RunResult {
  const s = new ScenarioSession(scenario, input, HEADLESS);
  s.advance(s.durationMs);
  return s.result();
}
