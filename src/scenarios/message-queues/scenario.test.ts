import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunResult } from '../run';
import { errorShare } from '../teaching';
import { JOBS, LINK_MS, PROVIDER_MS, VALIDATE_MS } from './jobs';
import { figures } from './teaching';

const scenario = getScenario('message-queues')!;
const run = (over: Params = {}, commands: TimedCommand[] = [], durationS = 60): RunResult =>
  runToEnd({
    scenario: 'message-queues',
    params: { ...defaults(scenario.params), ...over },
    seed: 1,
    durationS,
    commands,
  });
const p50 = (r: RunResult) => figures(r).userLatencyMs.p50!;
const p99 = (r: RunResult) => figures(r).userLatencyMs.p99!;

describe('sync: the customer waits for the whole chain', () => {
  it('the wait is the sum of the seven steps, 3-4 s', () => {
    const r = run({ mode: 'sync' });
    // validate + payment + five jobs (5 x 600 ms) + the email provider + 7 round trips.
    const chain = VALIDATE_MS + 300 + 5 * 600 + PROVIDER_MS + 7 * 2 * LINK_MS;
    expect(p50(r)).toBeGreaterThan(3000);
    expect(p50(r)).toBeLessThan(4000);
    expect(Math.abs(figures(r).userLatencyMs.mean! - chain) / chain).toBeLessThan(0.05);
  });

  it('a slow payment gateway makes it about 10 s', () => {
    const r = run({ mode: 'sync', paymentMs: 6500 });
    expect(p50(r)).toBeGreaterThan(9000);
    expect(p50(r)).toBeLessThan(11_000);
  });

  it('with the email provider down every order fails', () => {
    const f = figures(run({ mode: 'sync', emailDown: true }));
    expect(f.orders.confirmed).toBe(0);
    expect(f.orders.failed).toBeGreaterThan(0.9 * f.orders.placed);
    expect(f.processed.email).toBe(0);
  });
});

describe('queues: answer now, do the rest later', () => {
  for (const mode of ['rabbitmq', 'kafka']) {
    it(`${mode}: the customer waits well under a second, and email down fails nothing`, () => {
      const ok = run({ mode });
      expect(p99(ok)).toBeLessThan(1000);
      expect(figures(ok).userLatencyMs.mean!).toBeLessThan(500);
      const down = figures(run({ mode, emailDown: true }));
      expect(down.orders.failed).toBe(0);
      expect(down.orders.confirmed).toBeGreaterThan(90);
      // The email job's backlog holds every order; the other jobs keep up.
      expect(down.consumerLag.byGroup.email.end).toBeGreaterThan(0.95 * down.orders.confirmed);
      for (const j of JOBS.filter((x) => x.id !== 'email'))
        expect(down.consumerLag.byGroup[j.id].end).toBeLessThan(15);
    });
  }

  it('a rush of 50 orders fills the queue and drains at the workers’ pace; sync customers feel it', () => {
    const queued = figures(run({ mode: 'rabbitmq', spike: true }));
    expect(queued.consumerLag.max).toBeGreaterThanOrEqual(45);
    expect(queued.rush!.drainedAfterS).toBeGreaterThan(10);
    expect(queued.userLatencyMs.p99!).toBeLessThan(1000);
    const sync = figures(run({ mode: 'sync', spike: true }));
    expect(sync.userLatencyMs.p99!).toBeGreaterThan(10_000);
  });
});

describe('RabbitMQ: deliver to one, delete on ack, redeliver on death', () => {
  it('a worker killed holding messages: they are redelivered; each order handled exactly once', () => {
    const r = figures(
      run({ mode: 'rabbitmq', spike: true, prefetch: 10 }, [
        { at: 20_600, node: 'rider-1', action: 'kill' },
        { at: 40_000, node: 'rider-1', action: 'restart' },
      ]),
    );
    expect(r.redelivered).toBeGreaterThanOrEqual(5);
    for (const j of JOBS) {
      expect(r.processed[j.id]).toBe(r.uniqueOrders[j.id]); // never twice
      // Nothing lost: every confirmed order is done or still waiting in its queue.
      expect(r.uniqueOrders[j.id] + r.consumerLag.byGroup[j.id].end).toBeGreaterThanOrEqual(
        r.orders.confirmed,
      );
    }
  });
});

describe('Kafka: every group reads every event, replays on demand', () => {
  it('each of the five jobs reads every order once', () => {
    const r = figures(run({ mode: 'kafka' }));
    for (const j of JOBS) {
      expect(r.processed[j.id]).toBe(r.uniqueOrders[j.id]);
      expect(r.uniqueOrders[j.id] + r.consumerLag.byGroup[j.id].end).toBeGreaterThanOrEqual(
        r.orders.confirmed,
      );
    }
  });

  it('a replay re-reads from the chosen offset, for that group only', () => {
    const plain = figures(run({ mode: 'kafka' }));
    const replayed = figures(run({ mode: 'kafka', replayAtS: 30, replayOffset: 0 }));
    const again = replayed.processed.analytics - replayed.uniqueOrders.analytics;
    // Everything published in the first 30 s (about 2 orders/s) is read a second time.
    expect(again).toBeGreaterThan(45);
    expect(again).toBe(replayed.redelivered);
    expect(replayed.processed.loyalty).toBe(plain.processed.loyalty);
    const later = figures(run({ mode: 'kafka', replayAtS: 30, replayOffset: 5 }));
    // From offset 5: five fewer re-reads in each of the 6 partitions.
    expect(again - (later.processed.analytics - later.uniqueOrders.analytics)).toBe(30);
  });

  it('a killed worker: its partitions stall until the rebalance, then the lag catches up', () => {
    const r = figures(
      run({ mode: 'kafka' }, [
        { at: 25_000, node: 'rider-1', action: 'kill' },
        { at: 35_000, node: 'rider-1', action: 'restart' },
      ]),
    );
    const calm = figures(run({ mode: 'kafka' }));
    expect(r.consumerLag.byGroup.rider.end).toBeLessThanOrEqual(5);
    expect(r.uniqueOrders.rider + r.consumerLag.byGroup.rider.end).toBeGreaterThanOrEqual(
      r.orders.confirmed,
    );
    expect(calm.orders.confirmed).toBe(r.orders.confirmed);
  });

  it('retention deletes events a stalled group never read', () => {
    const r = run({ mode: 'kafka', emailDown: true, retentionS: 5 }, [], 30);
    expect(r.lostUnread as number).toBeGreaterThan(20);
    expect(errorShare(r)).toBe(0);
  });
});

describe('the scenario as a whole', () => {
  it('is deterministic and reports its figures', () => {
    const a = run({ mode: 'kafka', spike: true }, [], 30);
    const b = run({ mode: 'kafka', spike: true }, [], 30);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const k of ['userLatencyMs', 'queueDepthMax', 'consumerLag', 'processed'])
      expect(a).toHaveProperty(k);
  });

  it('flags odd combinations', () => {
    const p = (over: Params) => scenario.notices!({ ...defaults(scenario.params), ...over });
    expect(p({})).toEqual([]);
    expect(p({ mode: 'kafka', consumers: 8, partitions: 6 }).join()).toMatch(/2 sit idle/);
    expect(p({ mode: 'rabbitmq', replayAtS: 10 }).join()).toMatch(/Replay needs the Kafka log/);
    expect(p({ rps: 20 }).join()).toMatch(/backlog can only grow/);
  });
});
