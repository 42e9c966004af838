import { valueArb } from '../scenarios/testing/paramArbs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_ACTIONS, type TimedCommand } from '../engine';
import { defaults, sameValue, type Params } from '../scenarios/params';
import { SCENARIOS } from '../scenarios/registry';
import { MAX_DURATION_S } from '../scenarios/run';
import type { Scenario } from '../scenarios/scenario';
import { MAX_SPEED, MIN_SPEED } from './store';
import {
  DEFAULT_SEED,
  RESERVED_KEYS,
  readLabState,
  splitHash,
  writeLabQuery,
  type LabUrlState,
} from './urlState';

const single = SCENARIOS.find((s) => s.id === 'single-server')!;

/** Any subset of parameters set to valid values; the rest at their defaults. */
const paramsArb = (s: Scenario): fc.Arbitrary<Params> =>
  fc.tuple(...s.params.map((p) => fc.option(valueArb(p), { nil: undefined }))).map((vals) => {
    const out = defaults(s.params);
    s.params.forEach((p, i) => {
      if (vals[i] !== undefined) out[p.name] = vals[i]!;
    });
    return out;
  });

/** Speeds as the app shows them: three significant digits, within the player's range. */
const speedArb = fc.oneof(
  fc.constantFrom(1, MIN_SPEED, MAX_SPEED, 0.5, 2, 10, 100),
  fc
    .tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: -3, max: 0 }))
    .map(([m, e]) => +(m * 10 ** e).toPrecision(3)),
);

const durationArb = (s: Scenario) =>
  fc.oneof(
    fc.constant(s.durationS),
    fc.integer({ min: 1, max: MAX_DURATION_S }),
    fc.integer({ min: 1000, max: MAX_DURATION_S * 1000 }).map((ms) => ms / 1000),
  );

/** Commands with whole-millisecond times inside the run (what a link can carry). */
const commandsArb = (durationS: number): fc.Arbitrary<TimedCommand[]> =>
  fc.array(
    fc
      .record({
        action: fc.constantFrom(...NODE_ACTIONS),
        node: fc.stringMatching(/^[A-Za-z0-9_.-]{1,16}$/),
        at: fc.integer({ min: 0, max: Math.floor(durationS * 1000) }),
        factor: fc.integer({ min: 1, max: 200 }).map((x) => x / 10),
      })
      .map(({ action, node, at, factor }) =>
        action === 'slow' ? { action, node, at, factor } : { action, node, at },
      ),
    { maxLength: 5 },
  );

const stateArb = (s: Scenario) =>
  fc
    .record({
      params: paramsArb(s),
      seed: fc.oneof(fc.constantFrom(0, 1, 4294967295), fc.integer({ min: 0, max: 4294967295 })),
      durationS: durationArb(s),
      speed: speedArb,
    })
    .chain((st) => commandsArb(st.durationS).map((commands) => ({ ...st, commands })));

function roundTrip(
  s: Scenario,
  st: Pick<LabUrlState, 'params' | 'seed' | 'durationS' | 'commands' | 'speed'>,
) {
  const query = writeLabQuery(s, st);
  // Through the hash the app actually uses.
  const parts = splitHash(`#/lab/${s.id}?${query}`);
  expect(parts.path).toBe(`/lab/${s.id}`);
  return { query, back: readLabState(s, parts.query) };
}

describe('URL state round-trip', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: readLabState(writeLabQuery(state)) gives the state back`, () => {
      fc.assert(
        fc.property(stateArb(scenario), (st) => {
          const { query, back } = roundTrip(scenario, st);
          expect(back.problems).toEqual([]);
          for (const p of scenario.params)
            expect(sameValue(back.params[p.name]!, st.params[p.name]!)).toBe(true);
          expect(back.seed).toBe(st.seed);
          expect(back.durationS).toBe(st.durationS);
          expect(back.speed).toBe(st.speed);
          expect(back.commands).toHaveLength(st.commands.length);
          back.commands.forEach((c, i) => {
            const want = st.commands[i]!;
            expect(c.action).toBe(want.action);
            expect(c.node).toBe(want.node);
            // Whole-millisecond times come back exactly (frames at 16.1 s must match).
            expect(c.at).toBe(want.at);
            if (want.action === 'slow') expect(c.factor).toBe(want.factor);
          });
          // Writing what was read gives the same link: links are canonical.
          expect(writeLabQuery(scenario, back)).toBe(query);
          // Defaults are left out of the link; the seed is always written.
          for (const p of scenario.params)
            if (sameValue(st.params[p.name]!, p.default))
              expect(new URLSearchParams(query).has(p.name)).toBe(false);
          expect(new URLSearchParams(query).get('seed')).toBe(String(st.seed));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('an empty query gives the defaults and no problems', () => {
    const st = readLabState(single, new URLSearchParams(''));
    expect(st).toEqual({
      params: defaults(single.params),
      seed: DEFAULT_SEED,
      durationS: single.durationS,
      commands: [],
      speed: 1,
      embed: false,
      autoplay: false,
      controls: true,
      compare: null,
      problems: [],
    });
  });

  it('carries compare-mode overrides in vs=, values with commas included', () => {
    const q = writeLabQuery(single, {
      params: defaults(single.params),
      seed: 4,
      durationS: single.durationS,
      commands: [],
      speed: 1,
      compare: { workers: 16, serviceDist: 'constant' },
    });
    const back = readLabState(single, new URLSearchParams(q));
    expect(back.compare).toEqual({ workers: 16, serviceDist: 'constant' });
    expect(back.problems).toEqual([]);
    const bad = readLabState(
      single,
      new URLSearchParams('vs=workers%3D0%26serviceDist%3Dconstant'),
    );
    expect(bad.compare).toEqual({ serviceDist: 'constant' });
    expect(bad.problems.join(' ')).toMatch(/vs \(compare\): workers/);
  });

  it('writes a minimal query: only the seed when everything is at its default', () => {
    const q = writeLabQuery(single, {
      params: defaults(single.params),
      seed: 5,
      durationS: single.durationS,
      commands: [],
      speed: 1,
    });
    expect(q).toBe('seed=5');
  });

  it('presentation flags pass through and are read', () => {
    const keep = new URLSearchParams('embed=1&autoplay=true&controls=0&t=9');
    const q = writeLabQuery(
      single,
      { params: defaults(single.params), seed: 1, durationS: 60, commands: [], speed: 1 },
      keep,
    );
    const back = readLabState(single, new URLSearchParams(q));
    expect([back.embed, back.autoplay, back.controls]).toEqual([true, true, false]);
    expect(back.problems).toEqual([]);
    expect(new URLSearchParams(q).has('t')).toBe(false);
    expect(readLabState(single, new URLSearchParams('controls=none')).controls).toBe(false);
    expect(readLabState(single, new URLSearchParams('embed=yes')).embed).toBe(false);
  });

  it('a speed outside the player range is clamped, not refused', () => {
    expect(readLabState(single, new URLSearchParams('speed=5000')).speed).toBe(MAX_SPEED);
    expect(readLabState(single, new URLSearchParams('speed=0.001')).speed).toBe(MIN_SPEED);
  });
});

describe('URL state: garbage falls back to defaults with a problem naming the key', () => {
  const problemsFor = (query: string) => readLabState(single, new URLSearchParams(query));

  it('seed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('', '-1', '1.5', 'abc', '4294967296', '99999999999', '1e3', ' 1', '0x1'),
          fc.string().filter((s) => !/^\d{1,10}$/.test(s)),
        ),
        (text) => {
          const st = problemsFor(`seed=${encodeURIComponent(text)}`);
          expect(st.seed).toBe(DEFAULT_SEED);
          expect(st.problems).toHaveLength(1);
          expect(st.problems[0]!.startsWith('seed: ')).toBe(true);
        },
      ),
    );
  });

  it('duration', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('', '0', '-5', 'abc', '3601', 'Infinity', 'NaN', '1e9'),
          fc.string().filter((s) => {
            const d = Number(s);
            return !(d > 0 && d <= MAX_DURATION_S);
          }),
        ),
        (text) => {
          const st = problemsFor(`duration=${encodeURIComponent(text)}`);
          expect(st.durationS).toBe(single.durationS);
          expect(st.problems).toHaveLength(1);
          expect(st.problems[0]!.startsWith('duration: ')).toBe(true);
        },
      ),
    );
  });

  it('speed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('', '0', '-1', 'fast', 'Infinity', '1e400', 'NaN'),
          fc.string().filter((s) => {
            const x = Number(s);
            return !(x > 0 && Number.isFinite(x));
          }),
        ),
        (text) => {
          const st = problemsFor(`speed=${encodeURIComponent(text)}`);
          expect(st.speed).toBe(1);
          expect(st.problems).toHaveLength(1);
          expect(st.problems[0]!.startsWith('speed: ')).toBe(true);
        },
      ),
    );
  });

  it('events: each bad one is dropped with its own problem; good ones are kept', () => {
    const st = problemsFor(
      `events=${encodeURIComponent('kill:server@5,boom,kill:server@61,slow:server@2x3,kill:@1,,restart:server')}`,
    );
    expect(st.commands).toEqual([
      { action: 'kill', node: 'server', at: 5000 },
      { action: 'slow', node: 'server', at: 2000, factor: 3 },
    ]);
    expect(st.problems).toHaveLength(4);
    for (const p of st.problems) expect(p.startsWith('events: ')).toBe(true);
    expect(st.problems.join(' ')).toContain('kill:server@61');
  });

  it('parameters: a bad value keeps the default and names the parameter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...single.params),
        fc.oneof(fc.string(), fc.constantFrom('', 'NaN', '-1', '1e99', 'garbage', '0')),
        (spec, text) => {
          const st = problemsFor(`${spec.name}=${encodeURIComponent(text)}`);
          if (st.problems.length === 0) return; // the text happened to be valid
          expect(st.problems).toHaveLength(1);
          expect(st.problems[0]!.startsWith(`${spec.name}: `)).toBe(true);
          expect(st.problems[0]).toContain('accepts');
          expect(st.params[spec.name]).toEqual(spec.default);
          // The other parameters are untouched.
          for (const p of single.params)
            if (p.name !== spec.name) expect(st.params[p.name]).toEqual(p.default);
        },
      ),
    );
  });

  it('several problems at once are all reported, and valid values still apply', () => {
    const st = problemsFor('users=300&workers=0&seed=x&speed=2&bogus=1&__proto__=1');
    expect(st.params.users).toBe(300);
    expect(st.params.workers).toBe(8);
    expect(st.speed).toBe(2);
    expect(st.seed).toBe(DEFAULT_SEED);
    expect(st.problems).toHaveLength(4);
    expect(st.problems.some((p) => p.startsWith('workers: '))).toBe(true);
    expect(st.problems.some((p) => p.startsWith('seed: '))).toBe(true);
    expect(st.problems.some((p) => p.includes('"bogus"'))).toBe(true);
    expect(st.problems.some((p) => p.includes('"__proto__"'))).toBe(true);
  });

  it('problem messages are single short lines whatever the link holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('seed', 'duration', 'speed', 'events', 'users', 'profile', 'junkKey'),
        fc.string({ minLength: 50, maxLength: 500 }),
        (key, junk) => {
          const st = problemsFor(`${key}=${encodeURIComponent(`x\n${junk}`)}`);
          for (const p of st.problems) {
            expect(p).not.toMatch(/[\n\r]/);
            expect(p.length).toBeLessThan(250);
          }
        },
      ),
    );
  });
});

describe('reserved keys', () => {
  it('no scenario parameter uses a reserved key (in any letter case)', () => {
    const reserved = new Set(RESERVED_KEYS.map((k) => k.toLowerCase()));
    for (const s of SCENARIOS)
      for (const p of s.params)
        expect(reserved.has(p.name.toLowerCase()), `${s.id}.${p.name}`).toBe(false);
  });

  it('reserved keys are never reported as unknown parameters', () => {
    for (const s of SCENARIOS) {
      const q = new URLSearchParams(
        'seed=3&duration=10&speed=2&events=&embed=1&autoplay=1&controls=1&t=5',
      );
      expect(readLabState(s, q).problems).toEqual([]);
    }
  });
});
