import fc from 'fast-check';
import type { ParamSpec, ParamValue } from '../params';

/** Any valid value of a parameter, boundaries and defaults included (for property tests). */
export function valueArb(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'number':
      return spec.integer
        ? fc.integer({ min: spec.min, max: spec.max })
        : fc.oneof(
            fc.double({ min: spec.min, max: spec.max, noNaN: true }),
            fc.constantFrom(spec.default, spec.min, spec.max),
          );
    case 'enum':
      return fc.constantFrom(...spec.options);
    case 'boolean':
      return fc.boolean();
    case 'list':
      return fc.array(fc.double({ min: spec.min, max: spec.max, noNaN: true }), {
        minLength: spec.minLength,
        maxLength: spec.maxLength,
      });
    case 'set':
      // A subset in the options' own order: the canonical form the parser returns.
      return fc.subarray([...spec.options]);
  }
}
