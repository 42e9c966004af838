import {
  Consumer,
  HandOff,
  LogBroker,
  Server,
  type Dist,
  type Request,
  type Sim,
} from '../../engine';
import { JOBS, NAMES, SIZE, TIMES, type JobId } from './parts';

/** The four services that act on an order, whoever calls them. */
export function buildServices(sim: Sim, time: (ms: number) => Dist): Map<JobId, Server> {
  return new Map(
    JOBS.map((j) => [
      j.id,
      new Server(sim, {
        name: NAMES.service(j.id),
        kind: 'service',
        workers: SIZE.serviceWorkers,
        queueLimit: Infinity,
        service: time(j.ms),
      }),
    ]),
  );
}

export interface EventLog {
  broker: LogBroker;
  readers: Map<JobId, Consumer[]>;
  handOffs: Map<JobId, HandOff>;
  /** Orders each job's readers have taken off the log. */
  taken: Map<JobId, number>;
}

/**
 * The Kafka-style log of the message-queues chapter with one consumer group per service.
 * Each reader takes the event, hands the job to its service and commits, so a slow service
 * never holds up its partition; while a service is down its events wait in the log.
 */
export function buildEventLog(
  sim: Sim,
  time: (ms: number) => Dist,
  services: Map<JobId, Server>,
): EventLog {
  const broker = new LogBroker(sim, {
    name: NAMES.log,
    partitions: SIZE.partitions,
    retentionMs: Infinity,
    rebalanceMs: 3000,
  });
  const readers = new Map<JobId, Consumer[]>();
  const handOffs = new Map<JobId, HandOff>();
  const taken = new Map<JobId, number>(JOBS.map((j) => [j.id, 0]));
  for (const j of JOBS) {
    const handOff = new HandOff(sim, { name: NAMES.handOff(j.id), service: services.get(j.id)! });
    const count = (_: Request) => taken.set(j.id, taken.get(j.id)! + 1);
    const members = Array.from({ length: SIZE.partitions }, (_, i) => {
      const c = new Consumer(sim, {
        name: NAMES.reader(j.id, i),
        service: time(TIMES.take),
        downstream: handOff,
        retryMs: 500,
        onProcessed: count,
      });
      sim.link(broker, c, () => TIMES.deliver, true);
      return c;
    });
    broker.addGroup(j.id, members);
    readers.set(j.id, members);
    handOffs.set(j.id, handOff);
  }
  return { broker, readers, handOffs, taken };
}
