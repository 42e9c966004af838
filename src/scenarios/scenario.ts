import type { Gauge, Ms, Rps, Sim } from '../engine';
import type { ParamSpec, Params } from './params';

/** What a scenario's build step returns: the wired-up simulation and its extra figures. */
export interface ScenarioModel {
  sim: Sim;
  /** Expected request rate, so the trace can sample about the same number of dots at any load. */
  expectedRps: Rps;
  /** Figures this scenario adds to the results (the CLI's --json and the download). */
  extras?: (until: Ms) => Record<string, unknown>;
  /** Numbers captured in every frame for the scenario's own charts (hit ratio, lag, ...). */
  gauges?: readonly Gauge[];
  /** Hops a traced request leaves on average (default 6); sizes the trace for long runs. */
  hopsPerRequest?: number;
}

export interface BuildContext {
  seed: number;
  durationMs: Ms;
  /** Hops the trace may hold (0 when nobody will draw them). */
  traceCapacity: number;
}

/**
 * A scenario: one chapter section as a runnable model. Pure (no React), so the CLI, the
 * worker and the page all build the same model from the same parameters and seed.
 */
export interface Scenario {
  id: string;
  title: string;
  /** A short line under the title. */
  tagline: string;
  /** Position in the chapter, for navigation order. */
  order: number;
  params: readonly ParamSpec[];
  /** Simulated seconds a run lasts unless told otherwise. */
  durationS: number;
  build(params: Params, ctx: BuildContext): ScenarioModel;
  /** Notes on odd but legal combinations ("rps is set, so users is ignored"). */
  notices?(params: Params): string[];
}

/** Typed accessors: params are validated before build, so these never see a wrong kind. */
export const num = (p: Params, name: string): number => p[name] as number;
export const str = <T extends string = string>(p: Params, name: string): T => p[name] as T;
export const bool = (p: Params, name: string): boolean => p[name] as boolean;
export const list = (p: Params, name: string): readonly number[] => p[name] as readonly number[];
export const set = (p: Params, name: string): readonly string[] => p[name] as readonly string[];
