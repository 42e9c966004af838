import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { medianLeg, slowestLeg } from './fanOut';
import { placerFor } from './placement';
import { ShardRouter } from './router';
import { makeShardKey } from './shardKeys';

/** Sends hand-made requests and records how each ended. */
class Probe extends BaseNode {
  readonly answers: Array<{ key: number; at: number; outcome: Outcome }> = [];
  constructor(sim: Sim) {
    super(sim, 'probe', 'client', null);
  }
  receive(): void {}
  override onReply(call: Call): void {
    this.answers.push({ key: call.req.key, at: this.sim.now, outcome: call.outcome });
  }
  send(to: BaseNode, key: number, kind: 'read' | 'write' = 'read', tag = 0): Request {
    const req = this.sim.newRequest(kind, key, 0, 0);
    req.tag = tag;
    this.sim.call(req, this, to);
    return req;
  }
}

const idKey = makeShardKey('user-id', 100);

function setup(serviceMs: number[], after?: number) {
  const sim = new Sim({ seed: 1 });
  const shards = serviceMs.map(
    (ms, i) =>
      new Server(sim, { name: `s${i}`, workers: 1, queueLimit: 100, service: constant(ms) }),
  );
  const n = after === undefined ? shards.length : shards.length - 1;
  const router = new ShardRouter(sim, {
    name: 'router',
    shards,
    before: placerFor(idKey, 'modulo', n, 1),
    ...(after !== undefined ? { after: placerFor(idKey, 'modulo', after, 1) } : {}),
    spansShards: (req) => req.tag === 1,
  });
  return { sim, shards, router, probe: new Probe(sim) };
}

describe('ShardRouter', () => {
  it('sends each request to the shard its key maps to', () => {
    const { sim, shards, router, probe } = setup([1, 1, 1]);
    for (const k of [0, 1, 2, 3, 4, 5]) probe.send(router, k, k === 4 ? 'write' : 'read');
    sim.runUntil(100);
    expect([...router.sent]).toEqual([2, 2, 2]);
    expect([...router.writes]).toEqual([0, 1, 0]);
    expect(shards.map((s) => s.stats!.served)).toEqual([2, 2, 2]);
    expect(probe.answers.every((a) => a.outcome === Outcome.ok)).toBe(true);
    expect(router.latency[0]!.count).toBe(2);
  });

  it('answers a cross-shard query only when the slowest shard has', () => {
    const { sim, router, probe } = setup([10, 20, 50]);
    probe.send(router, 0, 'read', 1);
    sim.runUntil(100);
    expect(probe.answers).toEqual([{ key: 0, at: 50, outcome: Outcome.ok }]);
    const fan = router.fanOut;
    expect([...fan.lastLegs]).toEqual([10, 20, 50]);
    expect(fan.lastMs).toBe(50);
    expect(fan.lastSlowest).toBe(2);
    expect(fan.lastFailed).toBe(-1);
    expect(fan.latency.count).toBe(1);
    // It waited 30 ms longer than its median shard needed.
    expect(fan.waitedForSlowest).toBe(30);
    expect(router.stats!.served).toBe(1);
  });

  it('fails the whole query when one shard is down', () => {
    const { sim, shards, router, probe } = setup([10, 10, 10]);
    shards[1]!.command({ action: 'kill' });
    probe.send(router, 0, 'read', 1);
    sim.runUntil(100);
    expect(probe.answers[0]!.outcome).toBe(Outcome.failed);
    expect(router.fanOut.failed).toBe(1);
    expect(router.fanOut.lastFailed).toBe(1);
    expect(router.fanOut.latency.count).toBe(0);
  });

  it('moves a key to its new shard only once the copy has passed it', () => {
    const { router } = setup([1, 1, 1, 1], 4);
    // Key 5: 5 mod 3 = 2 before, 5 mod 4 = 1 after. Key 12: shard 0 either way.
    expect(router.shardFor(5)).toBe(2);
    expect(router.activeShards).toBe(3);
    router.beginMove();
    expect(router.activeShards).toBe(4);
    expect(router.shardFor(5)).toBe(2);
    expect(router.shardFor(12)).toBe(0);
    router.advanceCut(6);
    expect(router.shardFor(5)).toBe(1);
    router.advanceCut(3); // never backwards
    expect(router.cutKey).toBe(6);
    expect(router.shardFor(7)).toBe(1); // 7 mod 3 = 1, 7 mod 4 = 3: not yet copied
    router.finishMove();
    expect(router.shardFor(7)).toBe(3);
  });

  it('needs as many shards as its placements name', () => {
    const sim = new Sim({ seed: 1 });
    const one = new Server(sim, { name: 'a', workers: 1, queueLimit: 1, service: constant(1) });
    expect(
      () =>
        new ShardRouter(sim, {
          name: 'r',
          shards: [one],
          before: placerFor(idKey, 'modulo', 2, 1),
        }),
    ).toThrow(RangeError);
  });
});

describe('fan-out legs', () => {
  it('finds the slowest and the median, skipping shards not asked', () => {
    expect(slowestLeg([3, NaN, 9, 1])).toBe(2);
    expect(slowestLeg([NaN])).toBe(-1);
    expect(medianLeg([5, 1, NaN, 3])).toBe(3);
    expect(medianLeg([4, 1, 3, 2])).toBe(2.5);
    expect(medianLeg([])).toBeNaN();
  });
});
