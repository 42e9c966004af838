import { describe, expect, it } from 'vitest';
import { constant, exponential } from '../../core/distributions';
import { Sim } from '../../kernel/sim';
import { TAG_HEAVY, TAG_LIGHT } from '../workload';
import { tagService } from './tagService';

const req = (sim: Sim, tag: number) => {
  const r = sim.newRequest('read', 0, 0, 0);
  r.tag = tag;
  return r;
};

describe('tagService', () => {
  it('gives heavy requests the heavy time and the rest the light time', () => {
    const sim = new Sim({ seed: 1 });
    const svc = tagService(sim, 's', { light: constant(10), heavy: constant(500) });
    expect(svc(req(sim, TAG_LIGHT))).toBe(10);
    expect(svc(req(sim, TAG_HEAVY))).toBe(500);
    // Any tag other than heavy counts as light.
    expect(svc(req(sim, 7))).toBe(10);
  });

  it('draws light and heavy on separate streams: heavy requests never shift the light draws', () => {
    const lightDraws = (heavyEvery: number) => {
      const sim = new Sim({ seed: 42 });
      const svc = tagService(sim, 'server-1', { light: exponential(10), heavy: exponential(500) });
      const out: number[] = [];
      for (let i = 1; out.length < 50; i++) {
        const heavy = heavyEvery > 0 && i % heavyEvery === 0;
        const t = svc(req(sim, heavy ? TAG_HEAVY : TAG_LIGHT));
        if (!heavy) out.push(t);
      }
      return out;
    };
    expect(lightDraws(3)).toEqual(lightDraws(0));
  });

  it('servers with different names draw different times', () => {
    const sim = new Sim({ seed: 42 });
    const a = tagService(sim, 'server-1', { light: exponential(10), heavy: exponential(500) });
    const b = tagService(sim, 'server-2', { light: exponential(10), heavy: exponential(500) });
    const r = req(sim, TAG_LIGHT);
    expect(a(r)).not.toBe(b(r));
  });

  it('draws with the means it was given', () => {
    const sim = new Sim({ seed: 3 });
    const svc = tagService(sim, 's', { light: exponential(10), heavy: exponential(500) });
    const mean = (tag: number) => {
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += svc(req(sim, tag));
      return sum / 20_000;
    };
    expect(mean(TAG_LIGHT)).toBeCloseTo(10, 0);
    expect(Math.abs(mean(TAG_HEAVY) / 500 - 1)).toBeLessThan(0.03);
  });
});
