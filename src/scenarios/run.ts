import { getScenario } from './registry';
import type { Scenario } from './scenario';
import {
  HEADLESS,
  ScenarioSession,
  runScenario,
  type RunInput,
  type RunResult,
  type SessionOptions,
} from './session';

// Runs by scenario id, through the registry: the worker, the CLI and tests. Pages that hold
// their scenario use session.ts directly and never load the registry.
export * from './session';

function lookUp(id: string): Scenario {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`unknown scenario "${id}"`);
  return scenario;
}

/** A ScenarioSession for `input.scenario`, looked up by id. */
export class RunSession extends ScenarioSession {
  constructor(input: RunInput, opts: SessionOptions = HEADLESS) {
    super(lookUp(input.scenario), input, opts);
  }
}

/** Runs a whole scenario headless and returns its results. */
export function runToEnd(input: RunInput): RunResult {
  return runScenario(lookUp(input.scenario), input);
}
