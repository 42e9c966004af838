import type { Params } from '../params';
import { bool, num, str, type Scenario } from '../scenario';
import { orderExtras, orderGauges, orderProbes } from './figures';
import { JOBS, RUSH_ORDERS, type Mode } from './jobs';
import { buildModel } from './model';
import { params } from './params';

/** Workers that can actually work on a job: in Kafka a group reads at most one per partition. */
export const activeWorkers = (p: Params): number =>
  str<Mode>(p, 'mode') === 'kafka'
    ? Math.min(num(p, 'consumers'), num(p, 'partitions'))
    : num(p, 'consumers');

/** The slowest job (the rider) and the workers it needs at this order rate. */
export function busiestJob(p: Params) {
  const job = JOBS.reduce((a, b) => (b.weight > a.weight ? b : a));
  const need = (num(p, 'rps') * job.weight * num(p, 'consumerMs')) / 1000;
  return { job, need };
}

export const messageQueues: Scenario = {
  id: 'message-queues',
  title: 'The kitchen ticket rail',
  tagline: 'Answer the customer now, do the rest from a queue',
  order: 5,
  durationS: 60,
  params,
  notices(p) {
    const out: string[] = [];
    const mode = str<Mode>(p, 'mode');
    const consumers = num(p, 'consumers');
    const partitions = num(p, 'partitions');
    if (mode === 'kafka' && consumers > partitions)
      out.push(
        `With ${partitions} partitions, only ${partitions} of the ${consumers} workers in each job get a partition to read; the other ${consumers - partitions} sit idle.`,
      );
    if (mode !== 'kafka' && num(p, 'replayAtS') > 0)
      out.push(
        'Replay needs the Kafka log: a RabbitMQ queue deletes a message once it is acknowledged, and sync keeps nothing, so there is nothing to read again. Switch Design to kafka.',
      );
    const { job, need } = busiestJob(p);
    const workers = activeWorkers(p);
    if (need > workers)
      out.push(
        `At ${num(p, 'rps')} orders/s, "${job.label}" needs about ${Math.ceil(need)} busy workers and has ${workers}: its backlog can only grow.`,
      );
    return out;
  },
  build(p, ctx) {
    const model = buildModel(p, ctx.seed, ctx.durationMs, ctx.traceCapacity);
    const spike = bool(p, 'spike');
    const probes = orderProbes(model, num(p, 'consumers'), spike);
    return {
      sim: model.sim,
      expectedRps: num(p, 'rps') + (spike ? RUSH_ORDERS / (ctx.durationMs / 1000) : 0),
      gauges: orderGauges(model),
      extras: () => orderExtras(model, probes, spike),
    };
  },
};
