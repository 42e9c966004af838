import { valueArb } from '../scenarios/testing/paramArbs';
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAccepts, formatParam } from '../scenarios/params';
import { SCENARIOS } from '../scenarios/registry';
import { listText, parseCli, USAGE, UsageError } from './args';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = 'node_modules/.bin/tsx';
const MAIN = 'src/cli/main.ts';

/** Runs parseCli expecting a UsageError; returns its message. */
function usageError(argv: string[]): string {
  let err: unknown;
  try {
    parseCli(argv);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UsageError);
  const message = (err as Error).message;
  expect(message).not.toMatch(/[\n\r]/);
  expect(message.length).toBeGreaterThan(10);
  return message;
}

function runMode(argv: string[]) {
  const r = parseCli(argv);
  if (r.mode !== 'run') throw new Error(`expected run mode, got ${r.mode}`);
  return r;
}

describe('parseCli', () => {
  it('runs a scenario with defaults: seed 1, its own duration, no events, text output', () => {
    const r = runMode(['single-server']);
    const s = SCENARIOS.find((x) => x.id === 'single-server')!;
    expect(r.input.seed).toBe(1);
    expect(r.input.durationS).toBe(s.durationS);
    expect(r.input.commands).toEqual([]);
    expect(r.json).toBe(false);
    expect(r.input.params).toEqual(Object.fromEntries(s.params.map((p) => [p.name, p.default])));
  });

  it('reads --set, --seed, --duration, --event and --json', () => {
    const r = runMode([
      'single-server',
      '--set',
      'users=250',
      '-s',
      'serviceDist=Constant',
      '--seed',
      '4294967295',
      '--duration',
      '12.5',
      '--event',
      'kill:server@3',
      '--event',
      'slow:server@4.25x2',
      '--json',
    ]);
    expect(r.input.params.users).toBe(250);
    expect(r.input.params.serviceDist).toBe('constant');
    expect(r.input.seed).toBe(4294967295);
    expect(r.input.durationS).toBe(12.5);
    expect(r.input.commands).toEqual([
      { action: 'kill', node: 'server', at: 3000 },
      { action: 'slow', node: 'server', at: 4250, factor: 2 },
    ]);
    expect(r.json).toBe(true);
  });

  it('notices come from the scenario', () => {
    expect(runMode(['single-server', '--set', 'rps=50']).notices).toHaveLength(1);
    expect(runMode(['single-server']).notices).toEqual([]);
  });

  it('--list and --help are modes, whatever else is given', () => {
    expect(parseCli(['--list'])).toEqual({ mode: 'list' });
    expect(parseCli(['nope', '--list'])).toEqual({ mode: 'list' });
    expect(parseCli(['--help'])).toEqual({ mode: 'help' });
    expect(parseCli(['-h'])).toEqual({ mode: 'help' });
    expect(parseCli(['single-server', '--set', 'users=-5', '--help'])).toEqual({ mode: 'help' });
  });

  it('an unknown scenario names it and lists the known ones', () => {
    const m = usageError(['single-sever']);
    expect(m).toContain('unknown scenario "single-sever"');
    for (const s of SCENARIOS) expect(m).toContain(s.id);
  });

  it('no scenario, or two scenarios, is a usage error', () => {
    expect(usageError([])).toMatch(/no scenario given/);
    expect(usageError(['single-server', 'single-server'])).toMatch(/one scenario at a time/);
  });

  it('an unknown parameter names it and the ones that exist', () => {
    const m = usageError(['single-server', '--set', 'usres=5']);
    expect(m).toContain('unknown parameter "usres"');
    expect(m).toContain('users');
  });

  it('a parameter named like an Object property is unknown, not silently ignored', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(usageError(['single-server', '--set', `${name}=1`])).toContain(
        `unknown parameter "${name}"`,
      );
  });

  it('a bad value names the parameter and what it accepts', () => {
    expect(usageError(['single-server', '--set', 'workers=0'])).toBe(
      'workers: 0 is out of range; it accepts a whole number from 1 to 1024',
    );
    expect(usageError(['single-server', '--set', 'users=lots'])).toMatch(
      /^users: "lots" is not a number; it accepts/,
    );
    expect(usageError(['single-server', '--set', 'profile=tsunami'])).toMatch(
      /^profile: .*accepts one of constant, ramp, spike, wave/,
    );
    expect(usageError(['single-server', '--set', 'users'])).toMatch(/--set needs name=value/);
    expect(usageError(['single-server', '--set', '=5'])).toMatch(/--set needs name=value/);
  });

  it('bad seeds are rejected', () => {
    for (const seed of ['-1', '1.5', 'abc', '', '4294967296', '1e3', '0x10', ' '])
      expect(usageError(['single-server', `--seed=${seed}`])).toMatch(
        /^--seed: .*accepts a whole number/,
      );
    expect(runMode(['single-server', '--seed', '0']).input.seed).toBe(0);
    expect(usageError(['single-server', '--seed'])).toMatch(/--seed/);
  });

  it('bad durations are rejected', () => {
    for (const d of ['0', '-1', 'abc', '', '3601', '1e3', '.5', 'Infinity', 'NaN'])
      expect(usageError(['single-server', `--duration=${d}`])).toMatch(
        /^--duration: .*accepts seconds above 0, at most 3600/,
      );
    expect(runMode(['single-server', '--duration', '3600']).input.durationS).toBe(3600);
    expect(runMode(['single-server', '--duration', '0.5']).input.durationS).toBe(0.5);
  });

  it('bad events are rejected', () => {
    for (const e of [
      'explode:server@1',
      'kill:server',
      'kill@10',
      'kill:server@-1',
      'kill:server@ten',
      'kill:ser ver@1',
      'kill:server@1,kill:server@2',
      '',
    ])
      expect(usageError(['single-server', `--event=${e}`])).toMatch(
        /^--event: .*is not action:node@seconds/,
      );
  });

  it('unknown options and misused flags are one-line usage errors', () => {
    expect(usageError(['single-server', '--bogus'])).toMatch(/Unknown option '--bogus'/);
    expect(usageError(['single-server', '-x'])).toMatch(/Unknown option '-x'/);
    expect(usageError(['single-server', '--json=1'])).toMatch(/--json/);
    expect(usageError(['single-server', '--seed', '-1'])).toMatch(/--seed/);
  });

  it('property: any argv either parses or throws a one-line UsageError', () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'single-server',
        '--set',
        '-s',
        '--seed',
        '--duration',
        '--event',
        '--json',
        '--list',
        '--help',
        '-h',
        '--',
        '-',
        'users=5',
        'workers=0',
        '__proto__=1',
        'kill:server@1',
        '--seed=7',
      ),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          const r = parseCli(argv);
          if (r.mode === 'run') {
            expect(r.input.seed).toBeGreaterThanOrEqual(0);
            expect(r.input.seed).toBeLessThanOrEqual(4294967295);
            expect(r.input.durationS).toBeGreaterThan(0);
            expect(r.input.durationS).toBeLessThanOrEqual(3600);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
          expect((e as Error).message).not.toMatch(/[\n\r]/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: every valid value given with --set arrives unchanged', () => {
    for (const scenario of SCENARIOS) {
      fc.assert(
        fc.property(fc.tuple(...scenario.params.map(valueArb)), (values) => {
          const argv = [scenario.id];
          scenario.params.forEach((p, i) =>
            argv.push('--set', `${p.name}=${formatParam(p, values[i]!)}`),
          );
          const r = runMode(argv);
          scenario.params.forEach((p, i) => expect(r.input.params[p.name]).toEqual(values[i]));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('listText', () => {
  it('names every scenario and every parameter with its default and what it accepts', () => {
    const text = listText();
    for (const s of SCENARIOS) {
      expect(text).toContain(`${s.id}  ${s.title}`);
      for (const p of s.params) {
        expect(text).toMatch(new RegExp(`^  ${p.name} +default `, 'm'));
        expect(text).toContain(describeAccepts(p));
        expect(text).toContain(p.description);
      }
    }
  });
});

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process without blocking, so several can run at once. */
function runAsync(args: string[]): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [MAIN, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({
          status: err ? (typeof err.code === 'number' ? err.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

describe('the sim command, end to end', () => {
  // Started together up front: each process spends most of its time starting tsx.
  let badValue: Promise<Exit>;
  let badEvent: Promise<Exit>;
  let list: Promise<Exit>;
  let help: Promise<Exit>;
  beforeAll(() => {
    badValue = runAsync(['single-server', '--set', 'workers=0']);
    badEvent = runAsync(['single-server', '--event', 'boom']);
    list = runAsync(['--list']);
    help = runAsync(['--help']);
  });

  it('--json --seed 7 twice: byte-identical output with the documented keys', () => {
    const args = [MAIN, 'single-server', '--json', '--seed', '7'];
    const a = execFileSync(TSX, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const b = execFileSync(TSX, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(b).toBe(a);
    expect(a.endsWith('\n')).toBe(true);
    expect(a.trimEnd()).not.toContain('\n'); // one JSON line
    const r = JSON.parse(a) as Record<string, unknown>;
    for (const k of [
      'scenario',
      'seed',
      'params',
      'simulatedSeconds',
      'requests',
      'latencyMs',
      'throughputRps',
      'nodes',
      'series',
    ])
      expect(r).toHaveProperty(k);
    expect(r.scenario).toBe('single-server');
    expect(r.seed).toBe(7);
    expect(r.simulatedSeconds).toBe(60);
    expect(Object.keys(r.requests as object).sort()).toEqual(
      ['arrived', 'completed', 'failed', 'rejected', 'timedOut'].sort(),
    );
    expect(Object.keys(r.latencyMs as object).sort()).toEqual(
      ['max', 'mean', 'p50', 'p90', 'p95', 'p99', 'p999'].sort(),
    );
    const nodes = r.nodes as Array<Record<string, unknown>>;
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      for (const k of ['id', 'kind', 'served', 'dropped', 'utilization'])
        expect(n).toHaveProperty(k);
      expect(n.queue).toEqual({ mean: expect.any(Number), max: expect.any(Number) });
    }
    const series = r.series as Array<Record<string, unknown>>;
    expect(series).toHaveLength(60);
    for (const p of series)
      for (const k of ['t', 'arrivedRps', 'completedRps', 'errorRate', 'p99Ms'])
        expect(typeof p[k]).toBe('number');
    // Everything in the JSON is a finite number where a number is expected.
    expect(a).not.toMatch(/null|NaN|Infinity/);
  });

  it('a bad value exits with code 2 and one stderr line, no stack trace', async () => {
    const r = await badValue;
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'sim: workers: 0 is out of range; it accepts a whole number from 1 to 1024\n',
    );
    const bad = await badEvent;
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('--list prints every scenario and its parameters; --help prints the usage', async () => {
    const l = await list;
    expect(l.status).toBe(0);
    expect(l.stdout).toBe(`${listText()}\n`);
    for (const s of SCENARIOS) {
      expect(l.stdout).toContain(s.id);
      for (const p of s.params) expect(l.stdout).toContain(`  ${p.name} `);
    }
    const h = await help;
    expect(h.status).toBe(0);
    expect(h.stdout).toBe(`${USAGE}\n`);
  });
});
