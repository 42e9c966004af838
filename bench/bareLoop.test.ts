import { describe, expect, it } from 'vitest';
import { runBareMmc } from './bareLoop';
import { mmcSpec, runEngineMmc } from './engineModels';

describe('runBareMmc', () => {
  it.each([
    [1, 1, 0.8],
    [2, 4, 0.8],
    [3, 1, 0.95],
  ])('replays the engine sample path (seed %i, M/M/%i, rho %f)', (seed, c, rho) => {
    const spec = mmcSpec(seed, c, rho, 10, 20_000);
    const bare = runBareMmc(spec);
    const engine = runEngineMmc(spec);
    expect(bare.events).toBe(engine.events);
    expect(bare.completed).toBe(engine.completed);
    expect(bare.meanResponseMs).toBeCloseTo(engine.meanResponseMs, 9);
  });

  it('differs when the seed does', () => {
    const a = runBareMmc(mmcSpec(1, 1, 0.8, 10, 5_000));
    const b = runBareMmc(mmcSpec(2, 1, 0.8, 10, 5_000));
    expect(a.meanResponseMs).not.toBe(b.meanResponseMs);
  });
});
