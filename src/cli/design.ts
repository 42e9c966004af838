import { readFileSync } from 'node:fs';
import { parseDesign } from '../canvas/design/schema';
import { designGraph } from '../canvas/design/graph';
import { WORKLOAD_SPECS } from '../canvas/design/props';
import type { Design, Workload } from '../canvas/design/types';
import { validateDesign } from '../canvas/design/validate';
import { loadTest } from '../canvas/loadtest/loadTest';
import type { LoadTestResult } from '../canvas/design/contract';

/**
 * `npm run sim -- --design <file.json> [--set redirectsPerSec=...] [--json]`: the canvas's
 * load test, headless. Problems with the file or the design come back as DesignFileError,
 * whose message names the problem and the part; the CLI prints it and exits with 1.
 */
export class DesignFileError extends Error {}

export interface DesignRun {
  file: string;
  sets: readonly string[];
  seed: number;
  durationS: number | null;
}

/** What `--set` may change: the workload's numbers and the consistency choice. */
export function applySets(d: Design, sets: readonly string[]): Design {
  const workload: Workload = { ...d.workload };
  let cp = d.readNewLinksFromPrimary;
  for (const pair of sets) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, Math.max(0, eq)).trim();
    const text = pair.slice(eq + 1).trim();
    if (eq <= 0) throw new DesignFileError(`--set needs name=value, got "${pair}"`);
    if (name === 'readNewLinksFromPrimary') {
      if (text !== 'true' && text !== 'false')
        throw new DesignFileError(`--set readNewLinksFromPrimary: "${text}" is not true or false`);
      cp = text === 'true';
      continue;
    }
    if (!Object.hasOwn(WORKLOAD_SPECS, name))
      throw new DesignFileError(
        `--set: "${name}" is not a workload setting; known: ${[...Object.keys(WORKLOAD_SPECS), 'readNewLinksFromPrimary'].join(', ')}`,
      );
    const spec = WORKLOAD_SPECS[name as keyof Workload];
    const x = Number(text);
    if (
      spec.type !== 'number' ||
      text === '' ||
      !Number.isFinite(x) ||
      x < spec.min ||
      x > spec.max ||
      (spec.integer && !Number.isInteger(x))
    )
      throw new DesignFileError(
        `--set ${name}: "${text}" is not accepted; it takes ${spec.type === 'number' ? `a number from ${spec.min} to ${spec.max}` : 'a known value'}`,
      );
    workload[name as keyof Workload] = x;
  }
  return { ...d, workload, readNewLinksFromPrimary: cp };
}

/** Reads, checks and load-tests a design file. */
export function runDesignFile(
  r: DesignRun,
  read: (f: string) => string = (f) => readFileSync(f, 'utf8'),
): LoadTestResult {
  let text: string;
  try {
    text = read(r.file);
  } catch (e) {
    throw new DesignFileError(`cannot read ${r.file}: ${(e as Error).message}`);
  }
  const parsed = parseDesign(text);
  if (!parsed.ok)
    throw new DesignFileError(`${r.file} is not a valid design: ${parsed.errors.join('; ')}`);
  let design = applySets(parsed.design, r.sets);
  if (r.durationS !== null)
    design = { ...design, workload: { ...design.workload, durationS: r.durationS } };
  const errors = validateDesign(design).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const g = designGraph(design);
    const lines = errors.map((i) => {
      const where = [
        ...i.partIds.map((id) => `part "${id}" (${g.nameOf(id)})`),
        ...i.wireIds.map((id) => `wire "${id}"`),
      ];
      return `${where.length > 0 ? `${where.join(', ')}: ` : ''}${i.message}`;
    });
    throw new DesignFileError(`${r.file} cannot be load-tested:\n  ${lines.join('\n  ')}`);
  }
  return loadTest(design, { seed: r.seed });
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The readable summary printed without --json. */
export function formatDesignResult(r: LoadTestResult): string {
  const run = r.run;
  const line = (what: string, f: LoadTestResult['redirects']) =>
    `${what.padEnd(10)} ${String(f.count).padStart(8)}  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${pct(f.errorRate)}`;
  return [
    `url-shortener design "${String(run.params.design)}"  seed ${run.seed}  ${run.simulatedSeconds} simulated s`,
    `workload: ${Object.entries(run.params)
      .filter(([k]) => k !== 'design')
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ')}`,
    '',
    line('redirects', r.redirects),
    line('creates', r.creates),
    `not found yet ${r.notFoundYet}  collisions ${r.collisions}  duplicate codes ${r.duplicateCodes}`,
    ...(r.appLoss ? [line(`lose ${r.appLoss.killed}`, r.appLoss.redirects)] : []),
    `monthly cost $${r.monthlyCost.totalUsd.toLocaleString('en-US')}`,
    '',
    'utilization: ' +
      r.parts.map((p) => `${p.partId} ${Math.round(p.utilization * 100)}%`).join('  '),
    r.bottleneck
      ? `bottleneck: ${r.bottleneck.reason}\nfix: ${r.bottleneck.fix}`
      : 'bottleneck: none; every part has room',
  ].join('\n');
}
