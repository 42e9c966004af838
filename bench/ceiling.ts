import { runBareMmc } from './bareLoop';
import { mmcSpec, runEngineMmc } from './engineModels';
import { fixed, table } from './format';
import { runSimjsMmc } from './simjsModels';
import { interleave, median, medianRate, type InterleaveOptions } from './stats';

/** One M/M/c model of part 1. */
export interface CeilingModel {
  label: string;
  c: number;
  rho: number;
}

export interface CeilingRow {
  label: string;
  engineMs: number;
  bareMs: number;
  simjsMs: number;
  /** events/s against simjs's events/s. */
  engineRatio: number;
  bareRatio: number;
  /** The bare loop dispatched the engine's events and got its mean response, in every run. */
  samePath: boolean;
}

/** Engine, bare loop and simjs on one model, interleaved, with seed k for round k. */
export function measureCeiling(
  m: CeilingModel,
  serviceMs: number,
  requests: number,
  measure: InterleaveOptions,
): CeilingRow {
  const spec = (round: number) => mmcSpec(round + 1, m.c, m.rho, serviceMs, requests);
  const [engine, bare, simjs] = interleave(
    [
      { name: 'engine', run: (round) => runEngineMmc(spec(round)) },
      { name: 'bare', run: (round) => runBareMmc(spec(round)) },
      { name: 'simjs', run: (round) => runSimjsMmc(spec(round)) },
    ],
    measure,
  );
  const simjsEps = medianRate(simjs, (r) => r.events);
  return {
    label: `${m.label} rho ${m.rho}`,
    engineMs: median(engine.map((r) => r.ms)),
    bareMs: median(bare.map((r) => r.ms)),
    simjsMs: median(simjs.map((r) => r.ms)),
    engineRatio: medianRate(engine, (r) => r.events) / simjsEps,
    bareRatio: medianRate(bare, (r) => r.events) / simjsEps,
    samePath: engine.every((e, i) => {
      const b = bare[i]!.result;
      return (
        e.result.events === b.events &&
        Math.abs(e.result.meanResponseMs / b.meanResponseMs - 1) < 1e-9
      );
    }),
  };
}

export function ceilingTable(rows: readonly CeilingRow[]): string {
  const overhead = median(rows.map((r) => r.engineMs / r.bareMs - 1)) * 100;
  return [
    table(
      [
        'model',
        'engine ms',
        'bare loop ms',
        'simjs ms',
        'engine ratio',
        'bare loop ratio',
        'same path',
      ],
      rows.map((r) => [
        r.label,
        fixed(r.engineMs, 0),
        fixed(r.bareMs, 0),
        fixed(r.simjsMs, 0),
        `${fixed(r.engineRatio, 1)}x`,
        `${fixed(r.bareRatio, 1)}x`,
        r.samePath ? 'yes' : 'NO',
      ]),
    ),
    '   (ratios: events/s against simjs events/s, as in part 1)',
    `   The engine's model (components, calls, node statistics, latency sketch, series) costs ` +
      `${fixed(overhead, 0)}% on top of the bare loop.`,
  ].join('\n');
}
