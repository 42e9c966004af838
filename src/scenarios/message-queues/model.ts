import {
  Burst,
  Consumer,
  FanoutExchange,
  LogBroker,
  OpenLoopSource,
  Server,
  Sim,
  StepChain,
  WorkQueueNode,
  constant,
  lognormal,
  makeProfile,
  sampler,
  uniform,
  Outcome,
  type Component,
  type Ms,
  type Request,
} from '../../engine';
import type { Params } from '../params';
import { bool, num, str } from '../scenario';
import {
  CLIENT_TIMEOUT_MS,
  JOBS,
  LINK_MS,
  NAMES,
  PROVIDER_MS,
  REBALANCE_MS,
  REPLAY_GROUP,
  RETRY_MS,
  RUSH_AT_S,
  RUSH_ORDERS,
  RUSH_SPREAD_MS,
  VALIDATE_MS,
  consumerName,
  queueName,
  serviceName,
  type Job,
  type Mode,
} from './jobs';

/** What the figures and gauges read from a built model, whatever the mode. */
export interface OrderModel {
  sim: Sim;
  mode: Mode;
  /** Work for a job not finished yet: queue depth, group lag, or the line at a sync service. */
  backlog(job: Job['id']): number;
  /** Times a job's work was completed (a re-read counts again). */
  processed(job: Job['id']): number;
  /** Distinct orders a job has completed. */
  unique(job: Job['id']): number;
  /** Deliveries of a message a second time or more. */
  redelivered(): number;
  /** Kafka: events deleted by retention before a job read them. */
  lostUnread(): number;
  log: LogBroker | null;
  /** The customer's wait for the most recent order that was confirmed (ms). */
  lastWait(): number;
}

const step = (mean: number) => lognormal(mean, 0.3);

/** Builds the order system for the chosen design. */
export function buildModel(p: Params, seed: number, durationMs: Ms, traceCapacity: number) {
  const sim = new Sim({ seed, traceCapacity });
  const mode = str<Mode>(p, 'mode');
  const consumers = num(p, 'consumers');
  const jobMs = (j: Job) => j.weight * num(p, 'consumerMs');
  const link = (a: Component, b: Component) =>
    sim.link(a, b, sampler(uniform(LINK_MS / 2, LINK_MS * 1.5), sim.rng.stream(`net/${b.name}`)));

  const payment = new Server(sim, {
    name: NAMES.payment,
    workers: 1000,
    queueLimit: Infinity,
    service: step(num(p, 'paymentMs')),
  });
  const provider = new Server(sim, {
    name: NAMES.provider,
    workers: 1000,
    queueLimit: Infinity,
    service: constant(PROVIDER_MS),
  });
  if (bool(p, 'emailDown')) provider.command({ action: 'kill' });

  const tallies = new Map(JOBS.map((j) => [j.id, { done: 0, ids: new Set<number>() }]));
  const tally = (job: Job['id']) => (req: Request) => {
    const t = tallies.get(job)!;
    t.done++;
    t.ids.add(req.id);
  };
  const makeConsumers = (j: Job) =>
    Array.from({ length: consumers }, (_, i) => {
      const c = new Consumer(sim, {
        name: consumerName(j.id, i),
        service: step(jobMs(j)),
        retryMs: RETRY_MS,
        onProcessed: tally(j.id),
        ...(j.id === 'email' ? { downstream: provider } : {}),
      });
      if (j.id === 'email') link(c, provider);
      return c;
    });

  let publish: Component[];
  let backlog: (job: Job['id']) => number;
  let redelivered = () => 0;
  let log: LogBroker | null = null;
  const services = new Map<Job['id'], Server>();

  if (mode === 'sync') {
    for (const j of JOBS) {
      const s = new Server(sim, {
        name: serviceName(j.id),
        workers: consumers,
        queueLimit: Infinity,
        service: step(jobMs(j)),
        ...(j.id === 'email' ? { downstream: provider } : {}),
      });
      if (j.id === 'email') link(s, provider);
      services.set(j.id, s);
    }
    publish = JOBS.map((j) => services.get(j.id)!);
    backlog = (job) => {
      const s = services.get(job)!;
      return s.queueLength + s.inService;
    };
  } else if (mode === 'rabbitmq') {
    const exchange = new FanoutExchange(sim, NAMES.exchange);
    const queues = new Map<Job['id'], WorkQueueNode>();
    for (const j of JOBS) {
      const q = new WorkQueueNode(sim, { name: queueName(j.id), prefetch: num(p, 'prefetch') });
      exchange.bind(q);
      for (const c of makeConsumers(j)) {
        q.addConsumer(c);
        link(q, c);
      }
      queues.set(j.id, q);
    }
    publish = [exchange];
    backlog = (job) => queues.get(job)!.queue.depth;
    redelivered = () => [...queues.values()].reduce((s, q) => s + q.queue.redeliveries, 0);
  } else {
    const broker = new LogBroker(sim, {
      name: NAMES.log,
      partitions: num(p, 'partitions'),
      retentionMs: num(p, 'retentionS') * 1000,
      rebalanceMs: REBALANCE_MS,
    });
    for (const j of JOBS) {
      const members = makeConsumers(j);
      for (const c of members) link(broker, c);
      broker.addGroup(j.id, members);
    }
    if (num(p, 'replayAtS') > 0)
      broker.scheduleReplay(REPLAY_GROUP, num(p, 'replayAtS') * 1000, num(p, 'replayOffset'));
    publish = [broker];
    backlog = (job) => broker.group(job)!.offsets.lag;
    redelivered = () => broker.groups.reduce((s, g) => s + g.rereads, 0);
    log = broker;
  }

  const api = new StepChain(sim, {
    name: NAMES.api,
    work: step(VALIDATE_MS),
    steps: [payment, ...publish],
  });
  link(api, payment);
  for (const s of publish) link(api, s);

  let lastWait = NaN;
  const onEnd = (req: Request) => {
    if (req.outcome === Outcome.ok) lastWait = req.finishedAt - req.createdAt;
  };
  const customers = new OpenLoopSource(sim, {
    name: NAMES.customers,
    rps: num(p, 'rps'),
    profile: makeProfile('constant', durationMs),
    target: api,
    timeoutMs: CLIENT_TIMEOUT_MS,
    onEnd,
  });
  link(customers, api);
  if (bool(p, 'spike')) {
    const rush = new Burst(sim, {
      name: NAMES.rush,
      at: RUSH_AT_S * 1000,
      count: RUSH_ORDERS,
      spreadMs: RUSH_SPREAD_MS,
      target: api,
      timeoutMs: CLIENT_TIMEOUT_MS,
      onEnd,
    });
    link(rush, api);
  }

  const model: OrderModel = {
    sim,
    mode,
    backlog,
    processed: (job) =>
      mode === 'sync' ? services.get(job)!.stats!.served : tallies.get(job)!.done,
    unique: (job) =>
      mode === 'sync' ? services.get(job)!.stats!.served : tallies.get(job)!.ids.size,
    redelivered,
    lostUnread: () => log?.groups.reduce((s, g) => s + g.offsets.lostUnread, 0) ?? 0,
    log,
    lastWait: () => lastWait,
  };
  return model;
}
