import fc from 'fast-check';
import { MAX_LABEL, PROP_SPECS, WORKLOAD_SPECS, type PropSpec } from '../design/props';
import { DESIGN_VERSION, type Design, type Part, type PartKind } from '../design/types';

/**
 * fast-check generators of designs for property tests (tests only): every value inside the
 * ranges the schema accepts, so a generated design is one the canvas could have made.
 */

const KINDS = Object.keys(PROP_SPECS) as PartKind[];

function valueOf(spec: PropSpec): fc.Arbitrary<number | string> {
  if (spec.type === 'enum') return fc.constantFrom(...spec.options);
  if (spec.integer) return fc.integer({ min: spec.min, max: spec.max });
  // No -0: JSON cannot tell it from 0.
  return fc
    .double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true })
    .map((v) => v || 0);
}

function propsOf(kind: PartKind): fc.Arbitrary<Record<string, number | string>> {
  const specs = PROP_SPECS[kind] as Record<string, PropSpec>;
  return fc.record(Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, valueOf(s)])));
}

const coord = fc.integer({ min: -5000, max: 5000 });

export const partArb = (id: string): fc.Arbitrary<Part> =>
  fc.constantFrom(...KINDS).chain((kind) =>
    fc.record({
      id: fc.constant(id),
      kind: fc.constant(kind),
      label: fc.string({ minLength: 1, maxLength: MAX_LABEL }),
      x: coord,
      y: coord,
      props: propsOf(kind),
    }),
  ) as unknown as fc.Arbitrary<Part>;

export const workloadArb = fc.record(
  Object.fromEntries(Object.entries(WORKLOAD_SPECS).map(([k, s]) => [k, valueOf(s as PropSpec)])),
) as unknown as fc.Arbitrary<Design['workload']>;

/** A design of up to `maxParts` parts and some wires between them (any pair, any direction). */
export function designArb(maxParts = 12): fc.Arbitrary<Design> {
  return fc.integer({ min: 0, max: maxParts }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `part-${i + 1}`);
    const wire =
      n === 0
        ? fc.constant(null)
        : fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids) });
    return fc.record({
      version: fc.constant(DESIGN_VERSION),
      name: fc.string({ minLength: 1, maxLength: 60 }),
      parts: fc.tuple(...ids.map(partArb)),
      wires: fc
        .array(wire, { maxLength: n * 2 })
        .map((ws) =>
          ws.flatMap((w, i) => (w && w.from !== w.to ? [{ id: `wire-${i + 1}`, ...w }] : [])),
        ),
      workload: workloadArb,
      readNewLinksFromPrimary: fc.boolean(),
    }) as fc.Arbitrary<Design>;
  });
}
