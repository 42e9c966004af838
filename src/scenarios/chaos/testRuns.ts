import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput, type RunResult } from '../run';

/** Helpers for this folder's tests: the chapter's default input, with overrides. */
export const scenario = getScenario('chaos')!;

export const input = (
  over: Params = {},
  commands: RunInput['commands'] = [],
  durationS = scenario.durationS,
): RunInput => ({
  scenario: 'chaos',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS,
  commands,
});

const memo = new Map<string, RunResult>();

/** Runs to the end; identical inputs within one test file are computed once. */
export function run(
  over: Params = {},
  commands: RunInput['commands'] = [],
  durationS = scenario.durationS,
): RunResult {
  const inp = input(over, commands, durationS);
  const key = JSON.stringify(inp);
  let r = memo.get(key);
  if (!r) memo.set(key, (r = runToEnd(inp)));
  return r;
}

export const num = (r: RunResult, key: string): number => r[key] as number;
