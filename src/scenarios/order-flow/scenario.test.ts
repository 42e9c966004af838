import { describe, expect, it } from 'vitest';
import { defaults, resolveParams } from '../params';
import { getScenario } from '../registry';
import { orderFlowNotices } from './notices';
import { params } from './params';
import { scale } from './testRuns';

describe('order-flow scenario', () => {
  it('is registered with described parameters and a set of parts to switch off', () => {
    const s = getScenario('order-flow');
    expect(s?.order).toBe(12);
    for (const p of s!.params) expect(p.description.length).toBeGreaterThan(20);
    const r = resolveParams(params, { disable: 'queue,cache', mode: 'scale' });
    expect(r.problems).toEqual([]);
    expect(r.params.disable).toEqual(['cache', 'queue']);
    expect(resolveParams(params, { disable: 'kafka' }).problems[0]!.message).toContain('disable');
  });

  it('expects about as many requests as it sends', () => {
    const s = getScenario('order-flow')!;
    const p = { ...defaults(params), mode: 'scale' };
    const m = s.build(p, { seed: 1, durationMs: 1000, traceCapacity: 0 });
    expect(m.expectedRps).toBeCloseTo(2000 * 5 + 1000 + 4, 0);
  });

  it('notices settings that do nothing in the chosen mode', () => {
    const walk = { ...defaults(params), rps: 4000 };
    expect(orderFlowNotices(walk).join(' ')).toContain('only matter in scale mode');
    const noAbuse = { ...defaults(params), mode: 'scale', disable: ['limiter'], abuseRps: 0 };
    expect(orderFlowNotices(noAbuse).join(' ')).toContain('no abusive client');
    expect(orderFlowNotices(defaults(params))).toEqual([]);
  });
});

describe('at scale, with every part on', () => {
  const r = scale();
  it('customers are served, the abuser is turned away, the primaries take no reads', () => {
    expect(r.customers.orders.sent).toBeGreaterThan(2000);
    expect(r.customers.orders.errorShare).toBeLessThan(0.01);
    expect(r.customers.browse.errorShare).toBeLessThan(0.01);
    expect(r.abuser.limited / r.abuser.sent).toBeGreaterThan(0.9);
    expect(r.database.readsOnPrimaries).toBe(0);
    expect(r.cache.hitRatio).toBeGreaterThan(0.4);
    expect(r.log!.events).toBeGreaterThan(2000);
    expect(Object.keys(r.budgetMs).length).toBeGreaterThan(10);
  });
});

describe('at scale, each part switched off shows its own failure', () => {
  const base = scale();
  it('no cache: every read reaches a replica, and the replicas saturate', () => {
    const r = scale(['cache']);
    expect(r.cache.hits).toBe(0);
    expect(r.database.readsOnReplicas).toBeGreaterThan(2 * base.database.readsOnReplicas);
    expect(r.database.busiestReplicaUtilization!).toBeGreaterThan(0.9);
    expect(r.customers.browse.p99).toBeGreaterThan(2 * base.customers.browse.p99);
  });

  it('no event log: orders wait for every job, and the app servers run out for everyone', () => {
    const r = scale(['queue']);
    expect(r.log).toBeNull();
    expect(r.customers.orders.errorShare).toBeGreaterThan(0.3);
    expect(r.customers.browse.errorShare).toBeGreaterThan(0.3);
  });

  it('no rate limiter: the abuser’s orders fill the primary and everyone’s orders suffer', () => {
    const r = scale(['limiter']);
    expect(r.abuser.limited).toBe(0);
    expect(r.database.busiestPrimaryUtilization).toBeGreaterThan(0.9);
    expect(base.database.busiestPrimaryUtilization).toBeLessThan(0.8);
    expect(r.customers.orders.p99).toBeGreaterThan(2 * base.customers.orders.p99);
  });

  it('no replicas: reads pile onto the primaries, next to the orders', () => {
    const r = scale(['replicas']);
    expect(r.database.readsOnReplicas).toBe(0);
    expect(r.database.readsOnPrimaries).toBeGreaterThan(1000);
    expect(r.database.busiestPrimaryUtilization).toBeGreaterThan(0.9);
    expect(r.customers.browse.p99).toBeGreaterThan(2 * base.customers.browse.p99);
  });
});
