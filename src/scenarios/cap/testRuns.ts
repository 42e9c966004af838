import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput, type RunResult } from '../run';

/** Helpers for this folder's tests: the chapter's default input, with overrides. */
export const scenario = getScenario('cap')!;

export const input = (over: Params = {}, commands: RunInput['commands'] = []): RunInput => ({
  scenario: 'cap',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS: 30,
  commands,
});

export const run = (over: Params = {}, commands: RunInput['commands'] = []): RunResult =>
  runToEnd(input(over, commands));

export const num = (r: RunResult, key: string): number => r[key] as number;

export interface CityResult {
  orders: number;
  availability: number;
  availabilityDuringPartition: number | null;
  staleReads: number;
  p50Ms: number | null;
}
export const city = (r: RunResult, id: string): CityResult =>
  (r.byCity as Record<string, CityResult>)[id]!;
export const p50 = (r: RunResult, kind: 'read' | 'write'): number =>
  (r[`${kind}LatencyMs`] as { p50: number }).p50;
