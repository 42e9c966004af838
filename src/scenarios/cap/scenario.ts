import type { Params } from '../params';
import { num, str, type Scenario } from '../scenario';
import type { PartitionName } from './cities';
import { capGauges } from './gauges';
import { buildCapModel, expectedRps } from './model';
import { params } from './params';
import { capExtras } from './results';

function notices(p: Params): string[] {
  const out: string[] = [];
  const partition = str<PartitionName>(p, 'partition');
  const at = num(p, 'partitionAtS');
  const heal = num(p, 'healAtS');
  if (partition === 'none')
    out.push(
      'No storm is scheduled, so the storm times are ignored: this run shows what each mode costs on a calm day. Cut a line in the picture to make one.',
    );
  else if (heal <= at)
    out.push(
      `The lines are back at ${heal} s, which is not after the storm starts (${at} s): they stay cut to the end of the run.`,
    );
  const w = num(p, 'writeRatio');
  if (w === 0)
    out.push('No price changes: nothing changes, so nothing can be stale, conflict or be lost.');
  if (w === 1) out.push('Only price changes: nobody reads the menu, so no read can be stale.');
  return out;
}

export const cap: Scenario = {
  id: 'cap',
  title: 'Three restaurants, one menu',
  tagline: 'When the lines between cities go down: refuse orders, or serve an old menu?',
  order: 9,
  durationS: 30,
  params,
  notices,
  build(p, ctx) {
    const model = buildCapModel(p, ctx.seed, ctx.traceCapacity);
    return {
      sim: model.sim,
      expectedRps: expectedRps(p),
      gauges: capGauges(model),
      extras: (until) => capExtras(model, until),
    };
  },
};
