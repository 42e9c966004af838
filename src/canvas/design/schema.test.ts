import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../persist/designArb';
import { parseDesign, serializeDesign } from './schema';
import { SAMPLE_DESIGNS } from './samples';
import { DEFAULT_WORKLOAD, PART_DEFAULTS } from './types';

/** An early-draft (version 0) file: other names, per-minute rates, microseconds, "AP"/"CP". */
export const V0_FILE = {
  format: 'scale-lab-draft',
  rev: 0,
  title: 'Old draft',
  nodes: [
    { key: 'u', type: 'users', pos: [0, 10], settings: { location: 'uk', weight: 2 } },
    { key: 'lb 1', type: 'lb', settings: { mode: 'rr', checkEverySec: 5 } },
    { key: 'a', type: 'appServer', settings: { count: 3, threads: 16, cpuMicros: 1500 } },
    { key: 'r', type: 'redis', settings: { maxEntries: 5000, ttlMin: 10, latencyMicros: 400 } },
    { key: 'd', type: 'db', settings: { pool: 50, readMicros: 4000, writeMicros: 9000 } },
    { key: 'rep', type: 'replica', settings: { copies: 3, lagSec: 0.5 } },
    { key: 'ids', type: 'idService', settings: { mode: 'ranges', blockSize: 500 } },
  ],
  edges: [
    { source: 'u', target: 'lb 1' },
    { source: 'lb 1', target: 'a' },
    { source: 'a', target: 'r' },
    { source: 'r', target: 'd' },
    { source: 'd', target: 'rep' },
    { source: 'a', target: 'ids' },
  ],
  load: { readsPerMin: 120000, writesPerMin: 600, links: 1000000, skew: 0.9, seconds: 5 },
  consistency: 'CP',
};

describe('parseDesign', () => {
  it('reads every sample back unchanged', () => {
    for (const d of Object.values(SAMPLE_DESIGNS)) {
      const r = parseDesign(serializeDesign(d));
      expect(r).toEqual({ ok: true, design: d, migratedFrom: null });
    }
  });

  it('fills defaults a hand-written file leaves out', () => {
    const r = parseDesign({ version: 1, parts: [{ id: 'a', kind: 'app' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.parts[0]!.props).toEqual(PART_DEFAULTS.app);
    expect(r.design.workload).toEqual(DEFAULT_WORKLOAD);
    expect(r.design.wires).toEqual([]);
  });

  it('says what is wrong and where, naming the part', () => {
    const r = parseDesign({
      version: 1,
      parts: [{ id: 'app-1', kind: 'app', props: { instances: 0 } }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toContain('parts[0] ("app-1").props.instances');
    expect(r.errors[0]).toContain('whole number from 1 to 200');
  });

  it('refuses broken files with a plain sentence', () => {
    const cases: Array<[unknown, string]> = [
      ['{ not json', 'not valid JSON'],
      ['[1,2]', 'a design is a JSON object'],
      [{ parts: [] }, 'no "version"'],
      [{ version: 7, parts: [] }, 'newer Scale Lab'],
      [{ version: 'x', parts: [] }, 'not a known format version'],
      [{ version: 1, parts: [{ id: 'a', kind: 'teapot' }] }, 'must have a kind'],
      [
        {
          version: 1,
          parts: [
            { id: 'a', kind: 'app' },
            { id: 'a', kind: 'cache' },
          ],
        },
        'used by another part',
      ],
      [
        {
          version: 1,
          parts: [{ id: 'a', kind: 'app' }],
          wires: [{ id: 'w', from: 'a', to: 'ghost' }],
        },
        'no part "ghost"',
      ],
    ];
    for (const [input, words] of cases) {
      const r = parseDesign(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.errors.join(' ')).toContain(words);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (x) => {
        const r = parseDesign(x);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid design with one field broken', () => {
    const breakers = [null, -1, 1e308, 'x', [], {}, true];
    fc.assert(
      fc.property(designArb(6), fc.nat(), fc.constantFrom(...breakers), (d, pick, bad) => {
        const json = JSON.parse(serializeDesign(d)) as Record<string, unknown>;
        const paths: Array<() => void> = [
          () => (json.workload = bad),
          () => (json.parts = bad),
          () => (((json.parts as Array<Record<string, unknown>>)[0] ?? {}).props = bad),
          () => (json.wires = bad),
          () => (json.name = bad),
        ];
        paths[pick % paths.length]!();
        const r = parseDesign(json);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any design the canvas could make', () => {
    fc.assert(
      fc.property(designArb(8), (d) => {
        const r = parseDesign(serializeDesign(d));
        expect(r).toEqual({ ok: true, design: d, migratedFrom: null });
      }),
      { numRuns: 100 },
    );
  });
});

describe('version 0 files', () => {
  it('migrate to version 1 with names and units converted', () => {
    const r = parseDesign(V0_FILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    const d = r.design;
    expect(d.name).toBe('Old draft');
    expect(d.readNewLinksFromPrimary).toBe(true);
    expect(d.workload).toEqual({
      redirectsPerSec: 2000,
      createsPerSec: 10,
      urls: 1e6,
      zipf: 0.9,
      durationS: 5,
    });
    const byId = Object.fromEntries(d.parts.map((p) => [p.id, p]));
    expect(byId['u']!.props).toEqual({ region: 'london', share: 2 });
    expect(byId['lb-1']!.props).toEqual({ strategy: 'round-robin', healthCheckMs: 5000 });
    expect(byId['a']!.props).toEqual({ instances: 3, workers: 16, serviceMs: 1.5 });
    expect(byId['r']!.props).toEqual({ capacity: 5000, ttlS: 600, opMs: 0.4 });
    expect(byId['rep']!.props).toMatchObject({ count: 3, lagMs: 500 });
    expect(byId['ids']!.props).toMatchObject({ strategy: 'key-range', rangeSize: 500 });
    expect(d.wires.map((w) => `${w.from}>${w.to}`)).toContain('lb-1>a');
  });

  it('round-trip: migrated, saved as version 1, read again, unchanged', () => {
    const first = parseDesign(V0_FILE);
    if (!first.ok) throw new Error(first.errors.join('; '));
    const again = parseDesign(serializeDesign(first.design));
    expect(again).toEqual({ ok: true, design: first.design, migratedFrom: null });
  });

  it('report their own problems as version 0 problems', () => {
    const r = parseDesign({ ...V0_FILE, edges: [{ source: 'u', target: 'nowhere' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/version 0 file: .*no node "nowhere"/);
  });
});
