import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DESIGNS } from '../canvas/design/samples';
import { serializeDesign } from '../canvas/design/schema';
import { parseCli, UsageError } from './args';
import { applySets, DesignFileError, formatDesignResult, runDesignFile } from './design';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const files: Record<string, string> = Object.fromEntries(
  Object.entries(SAMPLE_DESIGNS).map(([id, d]) => [`docs/designs/${id}.json`, serializeDesign(d)]),
);
const read = (f: string) => {
  const text = files[f];
  if (text === undefined) throw new Error('no such file');
  return text;
};
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DesignFileError) return e.message;
    throw e;
  }
  throw new Error('expected a DesignFileError');
};

describe('npm run sim -- --design', () => {
  it('parses --design with --set, --seed, --duration and --json', () => {
    const r = parseCli([
      '--design',
      'd.json',
      '--set',
      'redirectsPerSec=500',
      '--seed',
      '4',
      '--duration',
      '3',
      '--json',
    ]);
    expect(r).toEqual({
      mode: 'design',
      json: true,
      run: { file: 'd.json', sets: ['redirectsPerSec=500'], seed: 4, durationS: 3 },
    });
    expect(() => parseCli(['single-server', '--design', 'd.json'])).toThrow(UsageError);
  });

  it('runs each sample: naive names its bottleneck, scaled has none', () => {
    // Lighter than the exercise's load, to keep the test quick; naive still cannot keep up.
    const run = (id: string, rps: number) =>
      runDesignFile(
        {
          file: `docs/designs/${id}.json`,
          sets: [`redirectsPerSec=${rps}`],
          seed: 1,
          durationS: 1,
        },
        read,
      );
    const naive = run('naive', 6000);
    expect(naive.run.bottleneck).toMatchObject({ node: 'app' });
    expect(formatDesignResult(naive)).toMatch(/bottleneck: App server at \d+%/);
    expect(run('cached', 2000).redirects.count).toBeGreaterThan(1500);
    const scaled = run('scaled', 2000);
    expect(scaled.bottleneck).toBeNull();
    for (const key of ['bottleneck', 'utilization', 'notFoundYet', 'collisions', 'monthlyCost'])
      expect(scaled.run).toHaveProperty(key);
  });

  it('--set changes the workload and refuses what it does not know', () => {
    const d = applySets(SAMPLE_DESIGNS.naive, [
      'redirectsPerSec=42',
      'readNewLinksFromPrimary=true',
    ]);
    expect(d.workload.redirectsPerSec).toBe(42);
    expect(d.readNewLinksFromPrimary).toBe(true);
    expect(errorOf(() => applySets(d, ['colour=blue']))).toMatch(/not a workload setting/);
    expect(errorOf(() => applySets(d, ['zipf=9']))).toMatch(/from 0 to 3/);
  });

  it('a broken file: a message naming the problem, and the part', () => {
    files['bad.json'] = '{ "version": 1, "parts": [';
    expect(
      errorOf(() => runDesignFile({ file: 'bad.json', sets: [], seed: 1, durationS: 1 }, read)),
    ).toMatch(/not valid JSON/);
    const noDb = {
      ...SAMPLE_DESIGNS.naive,
      wires: SAMPLE_DESIGNS.naive.wires.filter((w) => w.to !== 'db'),
    };
    files['nodb.json'] = serializeDesign(noDb);
    const msg = errorOf(() =>
      runDesignFile({ file: 'nodb.json', sets: [], seed: 1, durationS: 1 }, read),
    );
    expect(msg).toContain('cannot be load-tested');
    expect(msg).toContain('part "app"');
    expect(
      errorOf(() => runDesignFile({ file: 'missing.json', sets: [], seed: 1, durationS: 1 }, read)),
    ).toMatch(/cannot read/);
  });

  it('exits non-zero from the command line on a design it cannot run', async () => {
    const out = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        'node_modules/.bin/tsx',
        ['src/cli/main.ts', '--design', 'src/cli/fixtures/no-database.json'],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
        (err, _stdout, stderr) =>
          resolve({ code: typeof err?.code === 'number' ? err.code : 0, stderr }),
      ),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/part "app".*reach no database/s);
  }, 60_000);
});
