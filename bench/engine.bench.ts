/**
 * `npm run bench`: how fast the engine is, against simjs and on a three-tier system, and how
 * close its answers are to queueing theory. It prints figures and PASS/MISS against targets;
 * it never fails the process on a MISS (a benchmark reports, a test decides).
 * See bench/README.md for what is measured and how to read the output.
 */
import os from 'node:os';
import {
  LatencyHistogram,
  mm1MeanResponse,
  mm1ResponseQuantile,
  mmcMeanResponse,
} from '../src/engine';
import { ceilingTable, measureCeiling } from './ceiling';
import { mmcSpec, runEngineMmc, runTiered, TIERED } from './engineModels';
import { fixed, int, millions, passMiss, relErrPct, table } from './format';
import { loadSimjs, runSimjsMmc } from './simjsModels';
import { interleave, median, medianOf, medianRate, type InterleaveOptions } from './stats';

const WARMUP = 2;
const RUNS = 5;
/** Requests per M/M/c run (on average; arrivals are Poisson). */
const REQUESTS = 300_000;
const SERVICE_MS = 10;

/** The M/M/c comparisons; the rho 0.8 ones carry the speed targets. */
const MODELS = [
  { label: 'M/M/1', c: 1, rho: 0.5, target: false },
  { label: 'M/M/1', c: 1, rho: 0.8, target: true },
  { label: 'M/M/1', c: 1, rho: 0.9, target: false },
  { label: 'M/M/4', c: 4, rho: 0.8, target: true },
] as const;

const TARGET_RATIO = 10;
const TARGET_EVENTS_PER_S = 5e6;
const TARGET_TIERED_MS = 1000;

// A forced GC before each run keeps one run's garbage from being collected in the next one's
// timed span. Only available when node runs with --expose-gc; the bench works without it.
const gc = (globalThis as { gc?: () => void }).gc;
const measure: InterleaveOptions = {
  warmup: WARMUP,
  runs: RUNS,
  now: () => performance.now(),
  beforeEach: gc ? () => gc() : undefined,
};

const out = (s = '') => process.stdout.write(`${s}\n`);
const started = performance.now();
const cpus = os.cpus();
const load0 = os.loadavg()[0]!;

out('Scale Lab engine benchmark');
out(
  `node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `load average ${load0.toFixed(2)}`,
);
out(
  `${WARMUP} warm-up + ${RUNS} measured runs per contender, interleaved (A, B, A, B, ...); ` +
    'every figure is the median of the measured runs.',
);
out(
  `Forced GC between runs: ${gc ? 'yes' : 'no (set NODE_OPTIONS=--expose-gc to enable)'}. ` +
    'Wall time by performance.now().',
);

// ---- 1. Engine vs simjs ---------------------------------------------------------------

loadSimjs();
out();
out(`1. Engine vs simjs 2.0.3: the same M/M/c model, ${int(REQUESTS)} requests per run`);
out(
  `   Poisson arrivals, exponential service (mean ${SERVICE_MS} ms), FCFS, no queue limit. Run k uses` +
    ' seed k for both;',
);
out('   both draw from the same named random streams, so they replay the identical sample path.');
out('   Events counted: engine = sim.eventsProcessed, 4 per request (arrival timer, hop to the');
out('   server, service done, reply to the client); simjs = events through its future-event list,');
out('   2 per request (arrival timer, service completion; the facility hands back synchronously).');
out(
  '   The engine cuts a request into twice as many events, so compare requests/s for equal work.',
);

interface Comparison {
  label: string;
  c: number;
  rho: number;
  target: boolean;
  engineMs: number;
  engineEvents: number;
  engineEps: number;
  engineRps: number;
  simjsMs: number;
  simjsEvents: number;
  simjsEps: number;
  simjsRps: number;
  samePath: boolean;
  /** simjs's count (arrivals + completions) equals its own queue counter in every run. */
  simjsCountChecked: boolean;
  /** Pooled over the measured runs. */
  engineLatency: LatencyHistogram;
  simjsMean: number;
  analyticMean: number;
  analyticP99: number | null;
}

const comparisons: Comparison[] = MODELS.map((m) => {
  const spec = (round: number) => mmcSpec(round + 1, m.c, m.rho, SERVICE_MS, REQUESTS);
  const [engine, simjs] = interleave(
    [
      { name: 'engine', run: (round) => runEngineMmc(spec(round)) },
      { name: 'simjs', run: (round) => runSimjsMmc(spec(round)) },
    ],
    measure,
  );
  const pooled = new LatencyHistogram();
  for (const r of engine) pooled.merge(r.result.latency);
  let simjsSum = 0;
  let simjsCount = 0;
  for (const r of simjs) {
    simjsSum += r.result.meanResponseMs * r.result.completed;
    simjsCount += r.result.completed;
  }
  // Same seed, same streams: both must complete the same requests with the same mean.
  const samePath = engine.every((e, i) => {
    const s = simjs[i]!.result;
    return (
      e.result.completed === s.completed &&
      Math.abs(e.result.meanResponseMs / s.meanResponseMs - 1) < 1e-9
    );
  });
  const mu = 1 / SERVICE_MS;
  const lambda = (m.rho * m.c) / SERVICE_MS;
  const row: Comparison = {
    ...m,
    engineMs: median(engine.map((r) => r.ms)),
    engineEvents: medianOf(engine, (r) => r.events),
    engineEps: medianRate(engine, (r) => r.events),
    engineRps: medianRate(engine, (r) => r.completed),
    simjsMs: median(simjs.map((r) => r.ms)),
    simjsEvents: medianOf(simjs, (r) => r.events),
    simjsEps: medianRate(simjs, (r) => r.events),
    simjsRps: medianRate(simjs, (r) => r.completed),
    samePath,
    simjsCountChecked: simjs.every((r) => r.result.events === r.result.eventsBySimjsQueue),
    engineLatency: pooled,
    simjsMean: simjsSum / simjsCount,
    analyticMean: m.c === 1 ? mm1MeanResponse(lambda, mu) : mmcMeanResponse(lambda, mu, m.c),
    analyticP99: m.c === 1 ? mm1ResponseQuantile(lambda, mu, 0.99) : null,
  };
  return row;
});

out();
out(
  table(
    [
      'model',
      'rho',
      'engine ms',
      'events',
      'events/s',
      'simjs ms',
      'events',
      'events/s',
      'events/s ratio',
      'requests/s ratio',
      'same path',
    ],
    comparisons.map((r) => [
      r.label,
      fixed(r.rho, 1),
      fixed(r.engineMs, 0),
      int(r.engineEvents),
      millions(r.engineEps),
      fixed(r.simjsMs, 0),
      int(r.simjsEvents),
      millions(r.simjsEps),
      `${fixed(r.engineEps / r.simjsEps, 1)}x`,
      `${fixed(r.engineRps / r.simjsRps, 1)}x`,
      r.samePath ? 'yes' : 'NO',
    ]),
  ),
);
out(
  `   simjs counts equal its own queue counter (inserted - pending - the one popped past the end): ${
    comparisons.every((r) => r.simjsCountChecked) ? 'yes' : 'NO'
  }`,
);

// ---- 2. Three-tier system -------------------------------------------------------------

const t = TIERED;
out();
out(
  `2. ${t.durationMs / 1000} simulated s of ${int(t.rps)} requests/s: load balancer ` +
    `(least connections) -> ${t.appServers} app servers`,
);
out(
  `   (${t.appWorkers} workers, exponential ${t.appServiceMs} ms) -> database (${t.dbConnections} ` +
    `connections, exponential ${t.dbServiceMs} ms); every link 0.1-0.3 ms each way;`,
);
out(
  '   tracing off. An app worker is held while its database call is out. Events = sim.eventsProcessed.',
);

const [tiered] = interleave([{ name: 'tiered', run: (round) => runTiered(round + 1) }], measure);
const tieredMs = median(tiered.map((r) => r.ms));
const tieredEps = medianRate(tiered, (r) => r.events);
out();
out(
  table(
    [
      'run',
      'wall ms',
      'events',
      'events/s',
      'completed',
      'mean ms',
      'p99 ms',
      'busiest app util',
      'db util',
    ],
    [
      [
        'LB -> app -> DB',
        fixed(tieredMs, 0),
        int(medianOf(tiered, (r) => r.events)),
        millions(tieredEps),
        int(medianOf(tiered, (r) => r.completed)),
        fixed(
          medianOf(tiered, (r) => r.meanResponseMs),
          2,
        ),
        fixed(
          medianOf(tiered, (r) => r.p99ResponseMs),
          2,
        ),
        fixed(
          medianOf(tiered, (r) => r.appUtilization),
          2,
        ),
        fixed(
          medianOf(tiered, (r) => r.dbUtilization),
          2,
        ),
      ],
    ],
  ),
);

// ---- 3. Accuracy ----------------------------------------------------------------------

out();
out(
  `3. Simulated vs analytic response time, pooled over the ${RUNS} measured runs of part 1` +
    ` (${int(RUNS * REQUESTS)} requests each row)`,
);
out('   Engine p99 comes from its latency sketch (buckets 1% wide); simjs keeps only a mean.');
out('   M/M/1: mean 1/(mu - lambda), p99 ln(100)/(mu - lambda); M/M/4: Erlang C.');
out();
out(
  table(
    [
      'model',
      'rho',
      'analytic mean',
      'engine mean',
      'error',
      'simjs mean',
      'error',
      'analytic p99',
      'engine p99',
      'error',
    ],
    comparisons.map((r) => {
      const h = r.engineLatency;
      const p99 = r.analyticP99;
      return [
        r.label,
        fixed(r.rho, 1),
        fixed(r.analyticMean, 3),
        fixed(h.mean(), 3),
        relErrPct(h.mean(), r.analyticMean),
        fixed(r.simjsMean, 3),
        relErrPct(r.simjsMean, r.analyticMean),
        p99 === null ? '-' : fixed(p99, 2),
        p99 === null ? '-' : fixed(h.quantile(0.99), 2),
        p99 === null ? '-' : relErrPct(h.quantile(0.99), p99),
      ];
    }),
  ),
);
out('   (ms; near saturation successive waits are strongly correlated, so rho 0.9 wanders most)');

// ---- 4. Ceiling ------------------------------------------------------------------------

out();
out('4. Ceiling: the bare event loop against the engine and simjs, the part 1 target models');
out("   bare loop = the engine's EventQueue and random streams dispatching the same 4 events per");
out('   request on the same sample path, with no components, calls, statistics or histograms. No');
out('   model on this kernel can beat it, so its ratio bounds what the engine can reach here.');
const ceiling = MODELS.filter((m) => m.target).map((m) =>
  measureCeiling(m, SERVICE_MS, REQUESTS, measure),
);
out();
out(ceilingTable(ceiling));

// ---- Targets --------------------------------------------------------------------------

out();
out('Targets');
const checks: Array<[string, boolean, string]> = [];
for (const r of comparisons.filter((c) => c.target)) {
  const ratio = r.engineEps / r.simjsEps;
  checks.push([
    `engine >= ${TARGET_RATIO}x simjs events/s, ${r.label} rho ${r.rho}`,
    ratio >= TARGET_RATIO,
    `${fixed(ratio, 1)}x (requests/s: ${fixed(r.engineRps / r.simjsRps, 1)}x; bare-loop ceiling ` +
      `${fixed(ceiling.find((x) => x.label === `${r.label} rho ${r.rho}`)?.bareRatio ?? NaN, 1)}x)`,
  ]);
}
for (const r of comparisons.filter((c) => c.target)) {
  checks.push([
    `engine >= ${TARGET_EVENTS_PER_S / 1e6} M events/s, ${r.label} rho ${r.rho}`,
    r.engineEps >= TARGET_EVENTS_PER_S,
    `${millions(r.engineEps)} events/s`,
  ]);
}
checks.push([
  `engine >= ${TARGET_EVENTS_PER_S / 1e6} M events/s, LB -> app -> DB`,
  tieredEps >= TARGET_EVENTS_PER_S,
  `${millions(tieredEps)} events/s`,
]);
checks.push([
  `${int(t.rps * (t.durationMs / 1000))}-request run under ${TARGET_TIERED_MS / 1000} s`,
  tieredMs < TARGET_TIERED_MS,
  `${fixed(tieredMs, 0)} ms`,
]);
const width = Math.max(...checks.map(([name]) => name.length));
for (const [name, ok, figure] of checks) out(`  ${passMiss(ok)}  ${name.padEnd(width)}  ${figure}`);

const load1 = os.loadavg()[0]!;
out();
out(
  `Done in ${fixed((performance.now() - started) / 1000, 1)} s; load average ${load0.toFixed(2)} ` +
    `at start, ${load1.toFixed(2)} at end` +
    (Math.max(load0, load1) > cpus.length / 2
      ? ' (other work competed for the CPU: expect slower, noisier figures).'
      : '.'),
);
