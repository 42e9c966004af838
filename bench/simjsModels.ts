import { createRequire } from 'node:module';
import { createRngRoot, exponential, sampler } from '../src/engine';
import type { MmcSpec } from './engineModels';

/**
 * The same M/M/c queue built on simjs 2.0.3, the reference we compare the engine with.
 *
 * simjs is a browser-style bundle: it publishes itself on `window.Sim` and has no types,
 * so we give it an empty `window`, require it, and describe the few parts we use below.
 *
 * Random numbers come from the engine's seeded streams, with the same names the engine's
 * source and server use ("clients/arrivals", "server/service"). Both simulators therefore
 * replay the identical sample path (same arrival times, same service times) and must agree
 * on the mean response time; the only thing that differs is the simulation kernel.
 */

interface SimjsRequest {
  done(callback: () => void, context?: object): SimjsRequest;
}

interface SimjsEntity {
  setTimer(duration: number): SimjsRequest;
  useFacility(facility: SimjsFacility, duration: number): SimjsRequest;
}

interface SimjsFacility {
  /** Time in the system (wait + service) of every request that left: simjs's own counter. */
  systemStats(): { durationSeries: { count(): number; average(): number } };
}

interface SimjsSim {
  simulate(endTime: number): boolean;
  addEntity(klass: abstract new (...args: never[]) => unknown, name?: string): unknown;
  /** The future-event list; `order` counts every event ever inserted. */
  queue: { order: number; data: unknown[] };
}

interface SimjsModule {
  Sim: new () => SimjsSim;
  Entity: abstract new (sim: SimjsSim, name?: string) => SimjsEntity;
  Facility: (new (name: string, discipline: number, servers: number) => SimjsFacility) & {
    FCFS: number;
  };
}

let cached: SimjsModule | undefined;

export function loadSimjs(): SimjsModule {
  if (cached) return cached;
  const g = globalThis as { window?: { Sim?: SimjsModule } };
  g.window ??= {};
  createRequire(import.meta.url)('simjs');
  const mod = g.window.Sim;
  if (!mod) throw new Error('simjs did not register window.Sim');
  cached = mod;
  return mod;
}

export interface SimjsMmcResult {
  /** Events through simjs's future-event list: arrival timers + service completions. */
  events: number;
  /** The same figure from simjs's own insert counter minus what is still pending. */
  eventsBySimjsQueue: number;
  arrivals: number;
  completed: number;
  meanResponseMs: number;
}

/** Runs an M/M/c queue on simjs for `spec.durationMs` of simulated time. */
export function runSimjsMmc(spec: MmcSpec): SimjsMmcResult {
  const S = loadSimjs();
  const rng = createRngRoot(spec.seed);
  const nextGap = sampler(exponential(1000 / spec.rps), rng.stream('clients/arrivals'));
  const nextService = sampler(exponential(spec.serviceMs), rng.stream('server/service'));
  const sim = new S.Sim();
  const facility = new S.Facility('server', S.Facility.FCFS, spec.c);
  let arrivals = 0;
  let completed = 0;

  const onDone = () => {
    completed++;
  };
  class Clients extends S.Entity {
    start(): void {
      this.setTimer(nextGap()).done(this.arrive, this);
    }
    arrive(): void {
      arrivals++;
      this.useFacility(facility, nextService()).done(onDone);
      this.setTimer(nextGap()).done(this.arrive, this);
    }
  }
  sim.addEntity(Clients, 'clients');
  sim.simulate(spec.durationMs);

  const system = facility.systemStats().durationSeries;
  if (system.count() !== completed) throw new Error('simjs: completion counts disagree');
  return {
    events: arrivals + completed,
    // simulate() drops the one event it popped past the end time.
    eventsBySimjsQueue: sim.queue.order - sim.queue.data.length - 1,
    arrivals,
    completed,
    meanResponseMs: system.average(),
  };
}
