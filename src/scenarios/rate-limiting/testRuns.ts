// Test support: seeded runs of this chapter, each computed once per test file.
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput, type RunResult } from '../run';

export const scenario = getScenario('rate-limiting')!;

/** A short run by default: the attack starts at 5 s, so 10 of the 15 seconds are under attack. */
export const input = (
  over: Params = {},
  seed = 1,
  durationS = 15,
  commands: RunInput['commands'] = [],
): RunInput => ({
  scenario: 'rate-limiting',
  params: { ...defaults(scenario.params), attackStartS: 5, ...over },
  seed,
  durationS,
  commands,
});

const cache = new Map<string, RunResult>();

/** Runs (or recalls) the run for this input. */
export function run(inp: RunInput): RunResult {
  const key = JSON.stringify(inp);
  let r = cache.get(key);
  if (!r) cache.set(key, (r = runToEnd(inp)));
  return r;
}
