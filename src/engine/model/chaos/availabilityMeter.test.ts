import { describe, expect, it } from 'vitest';
import { AvailabilityMeter } from './availabilityMeter';

/** Records `perSecond` answers each second from `from` to `to` (seconds), `bad` of them errors. */
function fill(m: AvailabilityMeter, from: number, to: number, perSecond: number, bad: number) {
  for (let s = from; s < to; s++)
    for (let k = 0; k < perSecond; k++) m.record(s * 1000 + k, k >= bad);
}

describe('AvailabilityMeter', () => {
  it('counts answers and spends the error budget', () => {
    const m = new AvailabilityMeter({ slo: 0.99, plannedRequests: 1000 });
    fill(m, 0, 10, 100, 1);
    expect(m.ok).toBe(990);
    expect(m.errors).toBe(10);
    expect(m.availability).toBe(0.99);
    expect(m.budget().used).toBeCloseTo(1, 9);
  });

  it('has no recovery time before any outage', () => {
    const m = new AvailabilityMeter({ slo: 0.99, plannedRequests: 1000 });
    fill(m, 0, 30, 10, 5);
    expect(m.recoveryMs(30_000)).toBeNaN();
  });

  it('measures from the outage to the first clean window, once that window has passed', () => {
    const m = new AvailabilityMeter({ slo: 0.99, plannedRequests: 10_000, windowMs: 10_000 });
    fill(m, 0, 20, 100, 0);
    m.markOutage(20_500);
    fill(m, 20, 65, 100, 50); // half fail for 45 s
    fill(m, 65, 100, 100, 0);
    // The clean window [65, 75) is not known until 75 s.
    expect(m.recoveryMs(74_000)).toBeNaN();
    expect(m.recoveryMs(100_000)).toBe(65_000 - 20_500);
    // Later outages do not restart the clock.
    m.markOutage(90_000);
    expect(m.outageAt).toBe(20_500);
  });

  it('accepts a window whose errors stay within the target', () => {
    const m = new AvailabilityMeter({ slo: 0.9, plannedRequests: 1000, windowMs: 5000 });
    m.markOutage(0);
    fill(m, 0, 3, 10, 10);
    fill(m, 3, 20, 10, 1); // 10% errors: exactly on the target
    expect(m.recoveryMs(20_000)).toBe(3000);
  });

  it('waits for errors that retries delayed, rather than calling the first quiet window recovery', () => {
    const m = new AvailabilityMeter({ slo: 0.99, plannedRequests: 10_000, windowMs: 10_000 });
    m.markOutage(10_000);
    fill(m, 10, 40, 10, 0); // retries hide the outage for 30 s
    fill(m, 40, 70, 10, 5);
    fill(m, 70, 100, 10, 0);
    expect(m.recoveryMs(100_000)).toBe(60_000);
  });

  it('calls it 0 when no window misses the target for quietMs after the outage', () => {
    const m = new AvailabilityMeter({ slo: 0.99, plannedRequests: 10_000, quietMs: 60_000 });
    m.markOutage(5000);
    fill(m, 0, 100, 10, 0);
    expect(m.recoveryMs(60_000)).toBeNaN(); // not yet sure
    expect(m.recoveryMs(100_000)).toBe(0);
  });
});
