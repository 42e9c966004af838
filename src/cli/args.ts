import { parseArgs } from 'node:util';
import { parseTimedCommand, type TimedCommand } from '../engine';
import { describeAccepts, resolveParams } from '../scenarios/params';
import { getScenario, SCENARIOS } from '../scenarios/registry';
import { MAX_DURATION_S, type RunInput } from '../scenarios/run';
import type { DesignRun } from './design';

export type CliRequest =
  | { mode: 'help' }
  | { mode: 'list' }
  | { mode: 'run'; input: RunInput; json: boolean; notices: string[] }
  | { mode: 'design'; run: DesignRun; json: boolean };

/** A problem with what the user typed: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: npm run sim -- <scenario> [--set name=value]... [--seed N] [--duration seconds] [--event action:node@seconds]... [--json]
       npm run sim -- --design <file.json> [--set redirectsPerSec=...] [--seed N] [--duration seconds] [--json]
       npm run sim -- --list`;

export function parseCli(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        set: { type: 'string', multiple: true, short: 's' },
        seed: { type: 'string' },
        duration: { type: 'string' },
        event: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        list: { type: 'boolean' },
        design: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(firstLine((e as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help' };
  if (values.list) return { mode: 'list' };
  if (values.design !== undefined) {
    if (positionals.length > 0)
      throw new UsageError(`--design runs a design file, not a scenario: drop "${positionals[0]}"`);
    const run: DesignRun = {
      file: values.design,
      sets: values.set ?? [],
      seed: values.seed === undefined ? 1 : wholeNumber('seed', values.seed, 0, 4294967295),
      durationS: values.duration === undefined ? null : positive('duration', values.duration, 120),
    };
    return { mode: 'design', run, json: values.json === true };
  }
  if (positionals.length === 0)
    throw new UsageError('no scenario given; run with --list to see them');
  if (positionals.length > 1)
    throw new UsageError(`one scenario at a time, got: ${positionals.join(' ')}`);
  const id = positionals[0]!;
  const scenario = getScenario(id);
  if (!scenario)
    throw new UsageError(
      `unknown scenario "${id}"; known: ${SCENARIOS.map((s) => s.id).join(', ')}`,
    );

  // No prototype: `--set __proto__=1` must be reported as unknown, not silently dropped.
  const raw = Object.create(null) as Record<string, string>;
  for (const pair of values.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set needs name=value, got "${pair}"`);
    raw[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  const { params, problems } = resolveParams(scenario.params, raw);
  if (problems.length > 0) throw new UsageError(problems[0]!.message);

  const seed = values.seed === undefined ? 1 : wholeNumber('seed', values.seed, 0, 4294967295);
  const durationS =
    values.duration === undefined
      ? scenario.durationS
      : positive('duration', values.duration, MAX_DURATION_S);
  const commands: TimedCommand[] = (values.event ?? []).map((text) => {
    const c = parseTimedCommand(text);
    if (!c)
      throw new UsageError(
        `--event: "${text}" is not action:node@seconds (actions: kill, restart, slow, restore)`,
      );
    return c;
  });
  return {
    mode: 'run',
    input: { scenario: id, params, seed, durationS, commands },
    json: values.json === true,
    notices: scenario.notices?.(params) ?? [],
  };
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const x = Number(text);
  if (!/^\d+$/.test(text.trim()) || x < min || x > max)
    throw new UsageError(
      `--${name}: "${text}" is not accepted; it accepts a whole number from ${min} to ${max}`,
    );
  return x;
}

function positive(name: string, text: string, max: number): number {
  const x = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(x > 0) || x > max)
    throw new UsageError(
      `--${name}: "${text}" is not accepted; it accepts seconds above 0, at most ${max}`,
    );
  return x;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/^TypeError \[[A-Z_]+\]: /, '');
}

export function listText(): string {
  const lines: string[] = [];
  for (const s of SCENARIOS) {
    lines.push(`${s.id}  ${s.title}: ${s.tagline} (${s.durationS} s by default)`);
    for (const p of s.params) {
      const def = Array.isArray(p.default) ? p.default.join(',') : String(p.default);
      lines.push(`  ${p.name.padEnd(14)} default ${def.padEnd(12)} ${describeAccepts(p)}`);
      lines.push(`  ${''.padEnd(14)} ${p.description}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
