import { describe, expect, it } from 'vitest';
import { Outcome } from '../../kernel/request';
import { rig } from './testRig';

describe('CityNetwork and its links', () => {
  it('names links by their places and starts with every link up', () => {
    const { net } = rig('ap');
    expect(net.links.map((l) => l.name)).toEqual(['link-a-b', 'link-a-c', 'link-b-c']);
    expect(net.links.every((l) => l.alive)).toBe(true);
    expect(net.latency(1, 2)).toBe(30);
    expect(net.split).toBe(false);
  });

  it('cuts and heals links by command, and logs when the network was split', () => {
    const { sim, net, link } = rig('ap');
    link(10, 0, 1, false);
    link(20, 1, 2, false);
    link(30, 0, 1, true);
    link(40, 1, 2, true);
    sim.applyCommands([{ at: 50, node: 'link-a-c', action: 'slow', factor: 2 }]);
    sim.runUntil(35);
    expect([net.up(0, 1), net.up(2, 1), net.split]).toEqual([true, false, true]);
    sim.runUntil(100);
    expect(net.split).toBe(false);
    expect(net.windows.list(100)).toEqual([{ from: 10, to: 40 }]);
  });

  it('refuses messages over a cut link, and the link itself takes no calls', () => {
    const { sim, net, replicas, customers, link } = rig('ap');
    link(0, 0, 1, false);
    customers[0]!.order(10, 'write', 0, replicas[0]!);
    sim.runUntil(100);
    expect([net.sent, net.refused]).toEqual([1, 1]);
    expect(replicas[1]!.store.get(0).vv).toEqual([0, 0, 0]);
    expect(replicas[2]!.store.get(0).vv).toEqual([1, 0, 0]);
    // Someone calling a link gets a failure, not silence.
    const c = sim.call(sim.newRequest('read', 0, 0, 0), customers[0]!, net.links[0]!);
    sim.runUntil(200);
    expect(c.outcome).toBe(Outcome.failed);
  });

  it('on healing, both ends swap their whole state', () => {
    const { sim, replicas, link } = rig('ap');
    link(0, 0, 1, false);
    link(10, 0, 1, true);
    sim.runUntil(100);
    expect(replicas.map((r) => r.syncs)).toEqual([1, 1, 0]);
  });
});
