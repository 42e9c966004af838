import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  countries,
  FIT,
  landNow,
  landPath,
  MAP_H,
  MAP_W,
  project,
  subscribeLand,
} from './mapGeometry';

describe('the world map geometry', () => {
  it('uses the projection that fits the countries into the box', () => {
    const fitted = geoNaturalEarth1().fitExtent(
      [
        [6, 6],
        [MAP_W - 6, MAP_H - 6],
      ],
      countries(),
    );
    expect(fitted.scale()).toBeCloseTo(FIT.scale, 1);
    expect(fitted.translate()[0]).toBeCloseTo(FIT.translate[0], 1);
    expect(fitted.translate()[1]).toBeCloseTo(FIT.translate[1], 1);
    const [[x0, y0], [x1, y1]] = geoPath(fitted).bounds(countries());
    expect(x0).toBeGreaterThanOrEqual(5.9);
    expect(y0).toBeGreaterThanOrEqual(5.9);
    expect(x1).toBeLessThanOrEqual(MAP_W - 5.9);
    expect(y1).toBeLessThanOrEqual(MAP_H - 5.9);
  });

  it('projects places west to east and north to south, inside the box', () => {
    const [vx, vy] = project({ lat: 39, lon: -77.5 });
    const [sx, sy] = project({ lat: -33.9, lon: 151.2 });
    expect(vx).toBeLessThan(sx);
    expect(vy).toBeLessThan(sy);
    for (const v of [vx, vy]) expect(v).toBeGreaterThan(0);
    expect(sx).toBeLessThan(MAP_W);
    expect(sy).toBeLessThan(MAP_H);
  });

  it('builds the land path once, now or after the first paint', async () => {
    expect(countries().features.some((f) => f.id === '010')).toBe(false);
    expect(landPath()).toMatch(/^M/);
    expect(landPath().length).toBeGreaterThan(10_000);
    expect(landNow()).toBeNull();
    await new Promise<void>((resolve) => subscribeLand(resolve));
    expect(landNow()).toBe(landPath());
  });
});
