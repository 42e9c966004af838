import * as v from 'valibot';
import {
  ID_PATTERN,
  MAX_LABEL,
  MAX_PARTS,
  MAX_WIRES,
  PROP_SPECS,
  WORKLOAD_SPECS,
  type PropSpec,
} from './props';
import {
  DEFAULT_WORKLOAD,
  DESIGN_VERSION,
  PART_DEFAULTS,
  PART_NAMES,
  type PartKind,
} from './types';

/**
 * The valibot schema of design format version 1, built from the property specs so ranges
 * live in one place. Missing properties take their defaults (a hand-written file may leave
 * them out); unknown keys are dropped; anything out of range is an issue with its path.
 */
const KINDS = Object.keys(PART_DEFAULTS) as PartKind[];

const describe = (s: Extract<PropSpec, { type: 'number' }>) =>
  `must be ${s.integer ? 'a whole number' : 'a number'} from ${s.min} to ${s.max}${s.unit ? ` (${s.unit})` : ''}`;

function field(spec: PropSpec, fallback: unknown) {
  if (spec.type === 'enum') {
    const msg = `must be one of ${spec.options.join(', ')}`;
    return v.optional(v.picklist(spec.options as [string, ...string[]], msg), fallback as string);
  }
  const msg = describe(spec);
  const base = v.pipe(
    v.number(msg),
    v.finite(msg),
    v.minValue(spec.min, msg),
    v.maxValue(spec.max, msg),
  );
  return v.optional(spec.integer ? v.pipe(base, v.integer(msg)) : base, fallback as number);
}

function objectOf(specs: Record<string, PropSpec>, defaults: Record<string, unknown>) {
  const entries: Record<string, ReturnType<typeof field>> = {};
  for (const [name, spec] of Object.entries(specs)) entries[name] = field(spec, defaults[name]);
  return v.object(entries, 'must be an object');
}

const coordinate = v.optional(v.pipe(v.number('must be a number'), v.finite('must be finite')), 0);
const id = v.pipe(
  v.string('must be a string'),
  v.regex(ID_PATTERN, 'must be 1 to 40 letters, digits, "-" or "_"'),
);

const partSchema = v.variant(
  'kind',
  KINDS.map((kind) =>
    v.object({
      id,
      kind: v.literal(kind),
      label: v.optional(
        v.pipe(
          v.string('must be a string'),
          v.maxLength(MAX_LABEL, `must be at most ${MAX_LABEL} characters`),
        ),
        PART_NAMES[kind],
      ),
      x: coordinate,
      y: coordinate,
      props: v.optional(
        objectOf(
          PROP_SPECS[kind] as Record<string, PropSpec>,
          PART_DEFAULTS[kind] as unknown as Record<string, unknown>,
        ),
        {},
      ),
    }),
  ) as unknown as v.VariantOptions<'kind'>,
  `must have a kind, one of ${KINDS.join(', ')}`,
);

const wireSchema = v.object({
  id,
  from: v.string('must be a part id'),
  to: v.string('must be a part id'),
});

export const designSchemaV1 = v.object(
  {
    version: v.literal(DESIGN_VERSION, `must be ${DESIGN_VERSION}`),
    name: v.optional(
      v.pipe(v.string('must be a string'), v.maxLength(120, 'must be at most 120 characters')),
      'Untitled design',
    ),
    parts: v.pipe(
      v.array(partSchema, 'must be a list of parts'),
      v.maxLength(MAX_PARTS, `must hold at most ${MAX_PARTS} parts`),
    ),
    wires: v.optional(
      v.pipe(
        v.array(wireSchema, 'must be a list of wires'),
        v.maxLength(MAX_WIRES, `must hold at most ${MAX_WIRES} wires`),
      ),
      [],
    ),
    workload: v.optional(
      objectOf(
        WORKLOAD_SPECS as unknown as Record<string, PropSpec>,
        DEFAULT_WORKLOAD as unknown as Record<string, unknown>,
      ),
      {},
    ),
    readNewLinksFromPrimary: v.optional(v.boolean('must be true or false'), false),
  },
  'a design must be a JSON object',
);
