import { valueArb } from './testing/paramArbs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaults,
  describeAccepts,
  formatParam,
  parseParam,
  resolveParams,
  sameValue,
  type BooleanSpec,
  type EnumSpec,
  type ListSpec,
  type NumberSpec,
  type ParamSpec,
  type ParamValue,
} from './params';
import { SCENARIOS } from './registry';

// ---------------------------------------------------------------------------------------
// Arbitraries: specs of every kind, valid values for a spec, and text that is not valid.

const nameArb = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/);
/** Finite doubles for spec bounds; -0 becomes 0 (fast-check orders -0 below 0). */
const finite = (c: { min?: number; max?: number } = {}) =>
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12, ...c })
    .map((x) => (x === 0 ? 0 : x));

const numberSpecArb: fc.Arbitrary<NumberSpec> = fc.oneof(
  // Real-valued ranges.
  fc.tuple(nameArb, finite(), finite()).map(([name, a, b]) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    return { name, kind: 'number' as const, description: 'd', default: min, min, max };
  }),
  // Whole-number ranges.
  fc
    .tuple(nameArb, fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }))
    .map(([name, min, span]) => ({
      name,
      kind: 'number' as const,
      description: 'd',
      default: min,
      min,
      max: min + span,
      integer: true,
    })),
);

/** Options are distinct ignoring case and have no spaces at their ends (as the parser trims). */
const enumSpecArb: fc.Arbitrary<EnumSpec> = fc
  .tuple(
    nameArb,
    fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 _-]{0,8}[A-Za-z0-9])?$/), {
      minLength: 1,
      maxLength: 6,
      selector: (s) => s.toLowerCase(),
    }),
  )
  .map(([name, options]) => ({
    name,
    kind: 'enum',
    description: 'd',
    default: options[0]!,
    options,
  }));

const booleanSpecArb: fc.Arbitrary<BooleanSpec> = nameArb.map((name) => ({
  name,
  kind: 'boolean',
  description: 'd',
  default: false,
}));

const listSpecArb: fc.Arbitrary<ListSpec> = fc
  .tuple(
    nameArb,
    finite({ min: -1e6, max: 1e6 }),
    finite({ min: 0, max: 1e6 }),
    fc.nat(4),
    fc.nat(4),
  )
  .map(([name, min, span, minLength, extra]) => ({
    name,
    kind: 'list',
    description: 'd',
    default: [],
    min,
    max: min + span,
    minLength,
    maxLength: minLength + extra,
  }));

const specArb: fc.Arbitrary<ParamSpec> = fc.oneof(
  numberSpecArb,
  enumSpecArb,
  booleanSpecArb,
  listSpecArb,
);

const specAndValue = specArb.chain((spec) => valueArb(spec).map((value) => ({ spec, value })));

/** Every kind of string a user could paste, including odd Unicode and control characters. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '0x10',
    '1,,2',
    ',',
    '__proto__',
    'constructor',
    '\n',
    '1\n2',
    '٣',
    '１',
  ),
  fc.double().map(String),
);

/** Checks that an accepted value is one the spec allows. */
function expectValid(spec: ParamSpec, v: ParamValue): void {
  switch (spec.kind) {
    case 'number':
      expect(typeof v).toBe('number');
      expect(Number.isFinite(v)).toBe(true);
      expect(v as number).toBeGreaterThanOrEqual(spec.min);
      expect(v as number).toBeLessThanOrEqual(spec.max);
      if (spec.integer) expect(Number.isInteger(v)).toBe(true);
      return;
    case 'enum':
      expect(spec.options).toContain(v);
      return;
    case 'boolean':
      expect(typeof v).toBe('boolean');
      return;
    case 'list': {
      expect(Array.isArray(v)).toBe(true);
      const xs = v as number[];
      expect(xs.length).toBeGreaterThanOrEqual(spec.minLength);
      expect(xs.length).toBeLessThanOrEqual(spec.maxLength);
      for (const x of xs) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(spec.min);
        expect(x).toBeLessThanOrEqual(spec.max);
      }
    }
  }
}

function expectGoodMessage(spec: ParamSpec, r: ReturnType<typeof parseParam>): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.message.startsWith(`${spec.name}: `)).toBe(true);
  expect(r.message).toContain('accepts');
  expect(r.message).toContain(describeAccepts(spec));
  expect(r.message).not.toMatch(/[\n\r]/);
}

// ---------------------------------------------------------------------------------------

describe('parseParam (properties)', () => {
  it('never throws for any string, and anything it accepts is valid for the spec', () => {
    fc.assert(
      fc.property(specArb, anyText, (spec, text) => {
        const r = parseParam(spec, text);
        if (r.ok) expectValid(spec, r.value);
        else expectGoodMessage(spec, r);
      }),
      { numRuns: 2000 },
    );
  });

  it('a formatted valid value parses back to the same value', () => {
    fc.assert(
      fc.property(specAndValue, ({ spec, value }) => {
        const text = formatParam(spec, value);
        const r = parseParam(spec, text);
        expect(r).toMatchObject({ ok: true });
        if (!r.ok) return;
        expect(sameValue(r.value, value)).toBe(true);
        // And formatting is stable: format(parse(format(v))) == format(v).
        expect(formatParam(spec, r.value)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('surrounding whitespace is ignored, and enums and booleans ignore case', () => {
    fc.assert(
      fc.property(specAndValue, fc.constantFrom(' ', '\t', '  ', '\n'), ({ spec, value }, ws) => {
        const text = formatParam(spec, value);
        const variants = [ws + text + ws];
        if (spec.kind === 'enum' || spec.kind === 'boolean')
          variants.push(text.toUpperCase(), text.toLowerCase());
        for (const v of variants) {
          const r = parseParam(spec, v);
          expect(r.ok).toBe(true);
          if (r.ok) expect(sameValue(r.value, value)).toBe(true);
        }
      }),
    );
  });

  it('out-of-range numbers are rejected with a message naming the parameter', () => {
    fc.assert(
      fc.property(numberSpecArb, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (spec, d) => {
        const span = Math.max(1, Math.abs(spec.max), Math.abs(spec.min));
        for (const x of [spec.max + d * span, spec.min - d * span]) {
          if (x <= spec.max && x >= spec.min) continue; // absorbed by rounding
          expectGoodMessage(spec, parseParam(spec, String(x)));
        }
      }),
    );
  });

  it('non-integers are rejected for whole-number parameters', () => {
    const wholeSpecs = numberSpecArb.filter((s) => s.integer === true && s.max > s.min);
    const case_ = wholeSpecs.chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        i: fc.integer({ min: spec.min, max: spec.max - 1 }),
        frac: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(case_, ({ spec, i, frac }) => {
        const r = parseParam(spec, String(i + frac));
        expectGoodMessage(spec, r);
        if (!r.ok) expect(r.message).toContain('not a whole number');
      }),
    );
  });

  it('NaN, empty and garbage give ok:false for numbers', () => {
    fc.assert(
      fc.property(
        numberSpecArb,
        fc.oneof(
          fc.constantFrom('', '   ', 'NaN', 'nan', 'Infinity', '1e999', '-1e999', '0x1F', 'abc'),
          fc.constantFrom('1 2', '1..2', '--1', '1e', 'e5', '.', '+', '1,000', '5px', '½'),
          fc.stringMatching(/^[a-zA-Z!@#$%^&*()=[\]{};:'"<>?/\\|`~]+$/),
        ),
        (spec, text) => expectGoodMessage(spec, parseParam(spec, text)),
      ),
    );
  });

  it('lists reject wrong lengths, bad items and out-of-range items', () => {
    const spec: ListSpec = {
      name: 'weights',
      kind: 'list',
      description: 'd',
      default: [1, 1],
      min: 0,
      max: 10,
      minLength: 2,
      maxLength: 3,
    };
    for (const bad of ['', '1', '1,2,3,4', '1,,2', '1,x', '1,11', '-1,2', 'NaN,1', '1;2'])
      expectGoodMessage(spec, parseParam(spec, bad));
    expect(parseParam(spec, ' 1 , 2.5 ')).toEqual({ ok: true, value: [1, 2.5] });
    expect(parseParam(spec, '0,10,1e1')).toEqual({ ok: true, value: [0, 10, 10] });
    // A list that may be empty accepts the empty string (and formats to it).
    const empty: ListSpec = { ...spec, minLength: 0, default: [] };
    expect(parseParam(empty, '')).toEqual({ ok: true, value: [] });
    expect(formatParam(empty, [])).toBe('');
  });

  it('enum and boolean reject anything not listed', () => {
    const e: EnumSpec = {
      name: 'mode',
      kind: 'enum',
      description: 'd',
      default: 'fast',
      options: ['fast', 'Slow'],
    };
    for (const bad of ['', 'fastest', 'fas', 'f', 'slow ,', '0'])
      expectGoodMessage(e, parseParam(e, bad));
    expect(parseParam(e, 'SLOW')).toEqual({ ok: true, value: 'Slow' });
    const b: BooleanSpec = { name: 'on', kind: 'boolean', description: 'd', default: false };
    for (const bad of ['', 'y', 'n', '2', 'truee', 'nope', 'null'])
      expectGoodMessage(b, parseParam(b, bad));
    for (const t of ['true', 'TRUE', '1', 'yes', 'on'])
      expect(parseParam(b, t)).toEqual({ ok: true, value: true });
    for (const f of ['false', '0', 'no', 'Off'])
      expect(parseParam(b, f)).toEqual({ ok: true, value: false });
  });

  it('numbers accept the documented forms', () => {
    const spec: NumberSpec = {
      name: 'n',
      kind: 'number',
      description: 'd',
      default: 0,
      min: -1e9,
      max: 1e9,
    };
    const cases: Array<[string, number]> = [
      ['42', 42],
      [' 42 ', 42],
      ['+5', 5],
      ['-5', -5],
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['1E-3', 0.001],
      ['1_000', 1000],
    ];
    for (const [text, x] of cases) expect(parseParam(spec, text)).toEqual({ ok: true, value: x });
  });

  it('messages stay one short line whatever was pasted', () => {
    fc.assert(
      fc.property(specArb, fc.string({ minLength: 200, maxLength: 2000 }), (spec, junk) => {
        const r = parseParam(spec, `x${junk}\n${junk}`);
        if (r.ok) return;
        expect(r.message).not.toMatch(/[\n\r]/);
        expect(r.message.length).toBeLessThan(
          120 + describeAccepts(spec).length + spec.name.length,
        );
      }),
    );
  });
});

describe('resolveParams', () => {
  it('applies good values, falls back to defaults for bad ones and reports unknown names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(specArb, { minLength: 1, maxLength: 6, selector: (s) => s.name }),
        fc.array(
          fc.tuple(
            nameArb.map((n) => `zz${n}`),
            anyText,
          ),
          { maxLength: 3 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), anyText), { maxLength: 6 }),
        (specs, unknownPairs, picks) => {
          const input: Record<string, string> = {};
          const expected = defaults(specs);
          const expectedProblems = new Set<string>();
          for (const [i, good, junk] of picks) {
            const spec = specs[i % specs.length]!;
            if (good) {
              const v = fc.sample(valueArb(spec), { numRuns: 1, seed: i })[0]!;
              input[spec.name] = formatParam(spec, v);
            } else input[spec.name] = junk;
          }
          for (const [name, text] of unknownPairs) input[name] = text;
          for (const [name, text] of Object.entries(input)) {
            const spec = specs.find((s) => s.name === name);
            if (!spec) {
              expectedProblems.add(name);
              continue;
            }
            const r = parseParam(spec, text);
            if (r.ok) expected[name] = r.value;
            else expectedProblems.add(name);
          }
          const { params, problems } = resolveParams(specs, input);
          expect(Object.keys(params).sort()).toEqual(specs.map((s) => s.name).sort());
          for (const s of specs) expect(sameValue(params[s.name]!, expected[s.name]!)).toBe(true);
          expect(new Set(problems.map((p) => p.name))).toEqual(expectedProblems);
          expect(problems).toHaveLength(expectedProblems.size);
          for (const p of problems) {
            expect(p.message).not.toMatch(/[\n\r]/);
            if (specs.some((s) => s.name === p.name))
              expect(p.message.startsWith(`${p.name}: `)).toBe(true);
            else expect(p.message).toContain('unknown parameter');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on the single-server scenario: keeps good values, defaults bad ones, names unknowns', () => {
    const specs = SCENARIOS.find((s) => s.id === 'single-server')!.params;
    const { params, problems } = resolveParams(specs, {
      users: '250',
      workers: '0',
      serviceDist: 'LogNormal',
      profile: 'tsunami',
      bogus: '1',
    });
    expect(params.users).toBe(250);
    expect(params.workers).toBe(8);
    expect(params.serviceDist).toBe('lognormal');
    expect(params.profile).toBe('constant');
    expect(problems.map((p) => p.name)).toEqual(['workers', 'profile', 'bogus']);
    expect(problems[0]!.message).toMatch(
      /^workers: 0 is out of range; it accepts a whole number from 1 to 1024/,
    );
    expect(problems[2]!.message).toMatch(
      /^unknown parameter "bogus"; this scenario has users, rps/,
    );
  });

  it('an empty input gives the defaults and no problems', () => {
    for (const s of SCENARIOS) {
      const { params, problems } = resolveParams(s.params, {});
      expect(problems).toEqual([]);
      expect(params).toEqual(defaults(s.params));
    }
  });
});

describe('every registered scenario declares sound parameters', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: defaults are valid, names unique, and defaults round-trip`, () => {
      const names = scenario.params.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const spec of scenario.params) {
        expect(spec.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        expectValid(spec, spec.default);
        const r = parseParam(spec, formatParam(spec, spec.default));
        expect(r.ok && sameValue(r.value, spec.default)).toBe(true);
        if (spec.kind === 'number') expect(spec.min).toBeLessThanOrEqual(spec.max);
        if (spec.kind === 'enum') expect(spec.options).toContain(spec.default);
      }
    });

    it(`${scenario.id}: random valid values round-trip through text`, () => {
      fc.assert(
        fc.property(fc.tuple(...scenario.params.map((s) => valueArb(s))), (values) => {
          const input = Object.fromEntries(
            scenario.params.map((s, i) => [s.name, formatParam(s, values[i]!)]),
          );
          const { params, problems } = resolveParams(scenario.params, input);
          expect(problems).toEqual([]);
          scenario.params.forEach((s, i) =>
            expect(sameValue(params[s.name]!, values[i]!)).toBe(true),
          );
        }),
      );
    });
  }
});

describe('set parameters', () => {
  const spec = {
    name: 'fixes',
    kind: 'set' as const,
    description: 'fixes applied',
    default: [] as string[],
    options: ['lb', 'pool', 'cache'],
  };
  it('parse to the options in their own order, without repeats, case-insensitively', () => {
    expect(parseParam(spec, 'cache,LB,cache')).toEqual({ ok: true, value: ['lb', 'cache'] });
    expect(parseParam(spec, '')).toEqual({ ok: true, value: [] });
    const bad = parseParam(spec, 'lb,turbo');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.message).toMatch(
        /^fixes: "turbo" is not an option; it accepts any of lb, pool, cache/,
      );
  });
  it('round-trip through text for any subset (property)', () => {
    fc.assert(
      fc.property(fc.subarray(spec.options), (sub) => {
        const r = parseParam(spec, formatParam(spec, sub));
        expect(r).toEqual({ ok: true, value: sub });
      }),
    );
  });
});
