import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../player/chunk';
import { INTERACTIVE, RunSession } from '../run';
import { chaosEvents, victimNames } from './events';
import { availabilityText, budgetText, clock, ninesText, recoveryText } from './readouts';
import { regionsFor } from './sites';
import { input } from './testRuns';

describe('chaos readouts', () => {
  it('shows enough digits for the nines to show', () => {
    expect(availabilityText(99.9671)).toBe('99.967%');
    expect(availabilityText(98.876)).toBe('98.88%');
    expect(availabilityText(100)).toBe('100%');
    expect(availabilityText(NaN)).toBe('–');
    expect(ninesText(99.95)).toBe('three nines');
    expect(ninesText(100)).toBe('no errors yet');
  });

  it('says how much error budget is left, or how far it is overspent', () => {
    expect(budgetText(62.4)).toBe('62% left');
    expect(budgetText(4.25)).toBe('4.3% left');
    expect(budgetText(-2)).toBe('all spent');
    expect(budgetText(-300)).toBe('spent 4.0 times over');
    expect(budgetText(-1600)).toBe('spent 17 times over');
  });

  it('says how recovery stands', () => {
    expect(recoveryText(-1, -1)).toBe('no region down yet');
    expect(recoveryText(-1, 180)).toBe('still recovering');
    expect(recoveryText(95, 180)).toBe('1 min 35 s');
    expect(clock(185.7)).toBe('3:05');
  });
});

describe('chaos event list', () => {
  it('lists kills with their replacement, the outage, DNS giving up and recovery, in order', () => {
    const params = { killEveryS: 20, healS: 15, regionDownAtS: 60, detectS: 10, dnsTtlS: 10 };
    const s = new RunSession(input(params, [], 150), INTERACTIVE);
    s.advance(150_000);
    const sites = regionsFor(3);
    const list = chaosEvents(layoutOf(s), s.frames, sites, victimNames(sites, 3));
    const kinds = list.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'kill').length).toBeGreaterThanOrEqual(4);
    expect(kinds).toContain('down');
    expect(kinds).toContain('dns-down');
    expect(kinds).toContain('recovered');
    expect(list.map((e) => e.t)).toEqual([...list.map((e) => e.t)].sort((a, b) => a - b));
    const down = list.find((e) => e.kind === 'down')!;
    expect(down.t).toBe(60_000);
    expect(down.text).toBe('Virginia went dark');
    // A kill outside Virginia is replaced 15 s later (to the frame).
    const healed = list.find(
      (e) => e.kind === 'kill' && !/Virginia/.test(e.text) && e.t < 130_000,
    )!;
    expect(healed.backAt! - healed.t).toBeCloseTo(15_000, -2);
  });
});
