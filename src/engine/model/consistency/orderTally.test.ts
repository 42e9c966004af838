import { describe, expect, it } from 'vitest';
import { Outcome, Request } from '../../kernel/request';
import { availabilityOf, OrderTally } from './orderTally';
import { PartitionWindows } from './partitionWindows';

const ended = (kind: 'read' | 'write', city: number, at: number, outcome: Outcome, ms = 5) => {
  const r = new Request(1, kind, 0, 0, city, at, false);
  r.outcome = outcome;
  r.finishedAt = at + ms;
  return r;
};

describe('OrderTally', () => {
  it('splits availability by city and by whether the network was split when ordering', () => {
    const w = new PartitionWindows();
    w.open(100);
    w.close(200);
    const t = new OrderTally(2, w);
    t.record(ended('read', 0, 50, Outcome.ok));
    t.record(ended('read', 0, 150, Outcome.rejected));
    t.record(ended('write', 1, 150, Outcome.ok, 20));
    t.record(ended('read', 1, 250, Outcome.ok));
    expect(availabilityOf(t.all)).toBe(0.75);
    expect(availabilityOf(t.split)).toBe(0.5);
    expect(availabilityOf(t.calm)).toBe(1);
    expect(availabilityOf(t.byCitySplit[0]!)).toBe(0);
    expect(t.byCity[1]).toEqual({ ended: 2, answered: 2, refused: 0 });
    expect(t.splitWrites).toBe(1);
    expect(t.writeLatency.quantile(0.5)).toBeCloseTo(20, 0);
    expect(t.readLatency.count).toBe(2);
    expect(availabilityOf({ ended: 0, answered: 0, refused: 0 })).toBeNaN();
  });
});
