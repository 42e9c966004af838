/**
 * Scenario parameters: declared once (name, default, range, unit, meaning) and parsed from
 * text the same way for URLs, the CLI and the parameter panel. Parsing never throws: a bad
 * value comes back as a one-line message naming the parameter and what it accepts.
 */
interface SpecBase {
  name: string;
  /** One line: what the parameter means to a learner. */
  description: string;
  /** Short label for controls; defaults to the name. */
  label?: string;
}

export interface NumberSpec extends SpecBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  unit?: string;
  integer?: boolean;
  /** Sliders over several orders of magnitude use a log scale. */
  scale?: 'linear' | 'log';
  step?: number;
}

export interface EnumSpec extends SpecBase {
  kind: 'enum';
  default: string;
  options: readonly string[];
}

export interface BooleanSpec extends SpecBase {
  kind: 'boolean';
  default: boolean;
}

/** A comma-separated list of numbers, e.g. server weights "4,1". */
export interface ListSpec extends SpecBase {
  kind: 'list';
  default: readonly number[];
  min: number;
  max: number;
  minLength: number;
  maxLength: number;
  unit?: string;
}

/** Any number of named options, e.g. the fixes applied: "lb,cache". Order is the options' order. */
export interface SetSpec extends SpecBase {
  kind: 'set';
  default: readonly string[];
  options: readonly string[];
}

export type ParamSpec = NumberSpec | EnumSpec | BooleanSpec | ListSpec | SetSpec;
export type ParamValue = number | string | boolean | readonly number[] | readonly string[];
export type Params = Record<string, ParamValue>;

export type ParseResult = { ok: true; value: ParamValue } | { ok: false; message: string };

const fmt = (x: number) => String(x);

/** What a parameter accepts, in words: "0 to 100000 requests/s". */
export function describeAccepts(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.integer ? 'a whole number' : 'a number'} from ${fmt(spec.min)} to ${fmt(spec.max)}${spec.unit ? ` (${spec.unit})` : ''}`;
    case 'enum':
      return `one of ${spec.options.join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'list':
      return `${spec.minLength === spec.maxLength ? spec.minLength : `${spec.minLength} to ${spec.maxLength}`} comma-separated numbers from ${fmt(spec.min)} to ${fmt(spec.max)}`;
    case 'set':
      return `any of ${spec.options.join(', ')}, comma-separated (or nothing)`;
  }
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function parseNumber(text: string): number | null {
  const t = text.trim().replace(/_/g, '');
  if (!NUMBER_RE.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

export function parseParam(spec: ParamSpec, raw: string): ParseResult {
  const text = raw.trim();
  const fail = (why: string): ParseResult => ({
    ok: false,
    message: `${spec.name}: ${why}; it accepts ${describeAccepts(spec)}`,
  });
  switch (spec.kind) {
    case 'number': {
      const x = parseNumber(text);
      if (x === null) return fail(`"${clip(raw)}" is not a number`);
      if (spec.integer && !Number.isInteger(x)) return fail(`${x} is not a whole number`);
      if (x < spec.min || x > spec.max) return fail(`${x} is out of range`);
      return { ok: true, value: x };
    }
    case 'enum': {
      const v = spec.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return v === undefined ? fail(`"${clip(raw)}" is not an option`) : { ok: true, value: v };
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(t)) return { ok: true, value: true };
      if (['false', '0', 'no', 'off'].includes(t)) return { ok: true, value: false };
      return fail(`"${clip(raw)}" is not true or false`);
    }
    case 'list': {
      const parts = text === '' ? [] : text.split(',');
      const xs = parts.map(parseNumber);
      if (xs.some((x) => x === null)) return fail(`"${clip(raw)}" is not a list of numbers`);
      const nums = xs as number[];
      if (nums.length < spec.minLength || nums.length > spec.maxLength)
        return fail(`${nums.length} values given`);
      if (nums.some((x) => x < spec.min || x > spec.max)) return fail(`a value is out of range`);
      return { ok: true, value: nums };
    }
    case 'set': {
      const names = text === '' ? [] : text.split(',').map((x) => x.trim().toLowerCase());
      const unknown = names.find((n) => !spec.options.some((o) => o.toLowerCase() === n));
      if (unknown !== undefined) return fail(`"${clip(unknown)}" is not an option`);
      // Canonical: the options' own order, no repeats, so equal sets give equal links.
      return { ok: true, value: spec.options.filter((o) => names.includes(o.toLowerCase())) };
    }
  }
}

export function formatParam(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'list' || spec.kind === 'set')
    return (value as readonly (number | string)[]).join(',');
  return String(value);
}

export function defaults(specs: readonly ParamSpec[]): Params {
  return Object.fromEntries(specs.map((s) => [s.name, s.default]));
}

export function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export interface ParamProblem {
  name: string;
  message: string;
}

/**
 * Resolves text values against specs. Unknown names and bad values are reported; each bad
 * value falls back to its default so a caller that tolerates problems (a URL) still gets a
 * complete, valid set.
 */
export function resolveParams(
  specs: readonly ParamSpec[],
  input: Readonly<Record<string, string>>,
): { params: Params; problems: ParamProblem[] } {
  const params = defaults(specs);
  const problems: ParamProblem[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      problems.push({
        name,
        message: `unknown parameter "${clip(name)}"; this scenario has ${specs.map((s) => s.name).join(', ')}`,
      });
      continue;
    }
    const r = parseParam(spec, raw);
    if (r.ok) params[name] = r.value;
    else problems.push({ name, message: r.message });
  }
  return { params, problems };
}

/** Keeps messages one line and short whatever a user pasted. */
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
