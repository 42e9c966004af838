import type { RunResult } from '../scenarios/run';

const n = (x: number) =>
  Number.isInteger(x) ? String(x) : x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  '),
    )
    .join('\n');
}

/** The readable summary printed without --json. */
export function formatResult(r: RunResult): string {
  const q = r.requests;
  const l = r.latencyMs;
  const errors = q.rejected + q.timedOut + q.failed;
  const ended = q.completed + errors;
  const out = [
    `${r.scenario}  seed ${r.seed}  ${r.simulatedSeconds} simulated s`,
    `params: ${Object.entries(r.params)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
      .join(' ')}`,
    ...(r.interventions ? [`interventions: ${r.interventions.join(' ')}`] : []),
    '',
    table([
      ['requests', 'arrived', 'completed', 'rejected', 'timed out', 'failed', 'error rate'],
      [
        '',
        n(q.arrived),
        n(q.completed),
        n(q.rejected),
        n(q.timedOut),
        n(q.failed),
        pct(ended ? errors / ended : 0),
      ],
    ]),
    '',
    table([
      ['latency (ms)', 'mean', 'p50', 'p90', 'p95', 'p99', 'p99.9', 'max'],
      ['successful', n(l.mean), n(l.p50), n(l.p90), n(l.p95), n(l.p99), n(l.p999), n(l.max)],
    ]),
    '',
    `throughput: ${n(r.throughputRps)} requests/s`,
    '',
    table([
      ['node', 'kind', 'arrived', 'served', 'dropped', 'utilization', 'queue mean', 'queue max'],
      ...r.nodes.map((x) => [
        x.id,
        x.kind,
        n(x.arrived),
        n(x.served),
        n(x.dropped),
        pct(x.utilization),
        n(x.queue.mean),
        n(x.queue.max),
      ]),
    ]),
  ];
  const core = new Set([
    'scenario',
    'seed',
    'params',
    'interventions',
    'simulatedSeconds',
    'requests',
    'latencyMs',
    'throughputRps',
    'nodes',
    'series',
  ]);
  const extras = Object.entries(r).filter(([k]) => !core.has(k));
  if (extras.length) {
    out.push('');
    for (const [k, v] of extras)
      out.push(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  }
  return out.join('\n');
}
