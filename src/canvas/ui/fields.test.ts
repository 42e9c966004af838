import { describe, expect, it } from 'vitest';
import { PROP_SPECS, type PropSpec } from '../design/props';
import { PART_DEFAULTS, type PartKind } from '../design/types';
import { checkNumber, fieldsOf, summary } from './fields';

const instances = PROP_SPECS.app.instances as Extract<PropSpec, { type: 'number' }>;

describe('panel fields', () => {
  it('accepts numbers in range, with thousands separators', () => {
    expect(checkNumber(instances, '12')).toEqual({ ok: true, value: 12 });
    expect(checkNumber(instances, '1,0')).toEqual({ ok: true, value: 10 });
  });

  it('says why a number is refused', () => {
    expect(checkNumber(instances, '')).toMatchObject({ ok: false, why: /from 1 to 200/ });
    expect(checkNumber(instances, 'abc')).toMatchObject({ ok: false });
    expect(checkNumber(instances, '2.5')).toEqual({ ok: false, why: 'Enter a whole number.' });
    expect(checkNumber(instances, '201')).toMatchObject({ ok: false });
  });

  it('every kind has a field per default property, and a summary', () => {
    for (const kind of Object.keys(PART_DEFAULTS) as PartKind[]) {
      expect(
        fieldsOf(kind)
          .map(([k]) => k)
          .sort(),
      ).toEqual(Object.keys(PART_DEFAULTS[kind]).sort());
      expect(summary(kind, PART_DEFAULTS[kind] as never)).not.toMatch(/undefined|NaN/);
    }
  });
});
