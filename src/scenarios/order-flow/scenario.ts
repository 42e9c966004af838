import type { Scenario } from '../scenario';
import { orderFlowExtras, orderFlowProbes } from './figures';
import { orderFlowGauges } from './gauges';
import { buildOrderFlow, expectedRps } from './model';
import { orderFlowNotices } from './notices';
import { params } from './params';

export const orderFlow: Scenario = {
  id: 'order-flow',
  title: 'A food order, end to end',
  tagline: 'Every part of the chapter on one order’s way, and what each one buys you',
  order: 12,
  durationS: 10,
  params,
  notices: orderFlowNotices,
  build(p, ctx) {
    const model = buildOrderFlow(p, ctx.seed, ctx.durationMs, ctx.traceCapacity);
    const probes = orderFlowProbes(model);
    return {
      sim: model.sim,
      expectedRps: expectedRps(p, ctx.durationMs),
      gauges: orderFlowGauges(model),
      extras: (until) => orderFlowExtras(model, probes, until),
    };
  },
};
