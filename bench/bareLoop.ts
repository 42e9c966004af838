import { EventQueue, createRngRoot } from '../src/engine';
import type { MmcSpec } from './engineModels';

/**
 * The ceiling: the M/M/c queue as the engine runs it, with everything but the kernel taken
 * away. It uses the engine's own EventQueue and random streams and dispatches the same four
 * events per request in the same order (arrival timer, hop to the server, end of service,
 * reply), but a request is just a number, and there are no components, calls, node
 * statistics, histograms, series or trace. No model built on this kernel can run faster, so
 * its speed against simjs bounds the ratio any engine model can reach on this machine.
 *
 * It replays the engine's sample path exactly: the bench checks that both complete the same
 * requests with the same mean response time.
 */

const ARRIVAL = 0;
const HOP = 1;
const DONE = 2;
const REPLY = 3;

export interface BareResult {
  events: number;
  completed: number;
  meanResponseMs: number;
}

export function runBareMmc(spec: MmcSpec): BareResult {
  const rng = createRngRoot(spec.seed);
  // The stream names the engine's source ("clients") and server ("server") draw from.
  const arrivals = rng.stream('clients/arrivals');
  const service = rng.stream('server/service');
  const gapMs = 1000 / spec.rps;
  const serviceMs = spec.serviceMs;
  const q = new EventQueue(4096);
  // Request id -> when it was created; ids are small integers, so payloads never allocate.
  let createdAt = new Float64Array(1 << 16);
  const waiting: number[] = [];
  let head = 0;
  let busy = 0;
  let nextId = 0;
  let events = 0;
  let completed = 0;
  let sum = 0;

  // Exponential draws written out as the engine's sampler computes them (same numbers).
  const start = (now: number, id: number) => {
    busy++;
    q.push(now - serviceMs * Math.log(service.nextOpen()), 1, DONE, id);
  };

  q.push(-gapMs * Math.log(arrivals.nextOpen()), 0, ARRIVAL, 0);
  while (q.popUntil(spec.durationMs)) {
    const now = q.outTime;
    const id = q.outPayload as number;
    events++;
    switch (q.outKind) {
      case ARRIVAL: {
        const req = nextId++;
        if (req === createdAt.length) {
          const grown = new Float64Array(req * 2);
          grown.set(createdAt);
          createdAt = grown;
        }
        createdAt[req] = now;
        q.push(now, 1, HOP, req);
        q.push(now - gapMs * Math.log(arrivals.nextOpen()), 0, ARRIVAL, 0);
        break;
      }
      case HOP:
        if (busy < spec.c) start(now, id);
        else waiting.push(id);
        break;
      case DONE:
        busy--;
        q.push(now, 0, REPLY, id);
        if (head < waiting.length) start(now, waiting[head++]!);
        // The line is empty now and then: start it over rather than let it grow.
        if (head === waiting.length) head = waiting.length = 0;
        break;
      case REPLY:
        completed++;
        sum += now - createdAt[id]!;
        break;
    }
  }
  return { events, completed, meanResponseMs: completed > 0 ? sum / completed : 0 };
}
