import * as v from 'valibot';
import type { ParseResult } from './contract';
import { designSchemaV1 } from './schemaV1';
import { DESIGN_VERSION, type Design } from './types';
import { isV0, migrateV0 } from './v0';

/**
 * Reads a design from JSON (text or parsed), whatever version wrote it: older versions are
 * migrated to the current one first. Never throws: anything wrong comes back as plain
 * sentences naming where in the file it is, so the canvas can show them and keep the
 * design it has.
 */
export function parseDesign(json: unknown): ParseResult {
  try {
    return parseUnsafe(json);
  } catch (e) {
    // A schema or migration bug must not take the page down with the file.
    return { ok: false, errors: [`could not read the design: ${(e as Error)?.message ?? e}`] };
  }
}

/** The most problems reported for one file: past that, the first ones say enough. */
const MAX_ERRORS = 12;

function parseUnsafe(json: unknown): ParseResult {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [`a design is a JSON object, but this is ${describeValue(data)}`] };
  const obj = data as Record<string, unknown>;
  let migratedFrom: number | null = null;
  if (!('version' in obj)) {
    if (!isV0(obj))
      return {
        ok: false,
        errors: ['not a Scale Lab design: it has no "version" field (nor the draft\'s "rev": 0)'],
      };
    const m = migrateV0(obj);
    if (!m.ok) return { ok: false, errors: m.errors.map((e) => `version 0 file: ${e}`) };
    data = m.value;
    migratedFrom = 0;
  } else if (obj.version !== DESIGN_VERSION) {
    const ver = obj.version;
    if (typeof ver === 'number' && Number.isInteger(ver) && ver > DESIGN_VERSION)
      return {
        ok: false,
        errors: [
          `this design was saved by a newer Scale Lab (format version ${ver}); this one reads versions 0 to ${DESIGN_VERSION}`,
        ],
      };
    return { ok: false, errors: [`version: ${describeValue(ver)} is not a known format version`] };
  }
  const r = v.safeParse(designSchemaV1, data);
  if (!r.success) {
    const errors = r.issues.slice(0, MAX_ERRORS).map((i) => issueText(i, data));
    if (r.issues.length > MAX_ERRORS) errors.push(`... and ${r.issues.length - MAX_ERRORS} more`);
    return {
      ok: false,
      errors:
        migratedFrom === null ? errors : errors.map((e) => `after migrating from version 0: ${e}`),
    };
  }
  const design = r.output as unknown as Design;
  const problems = referenceProblems(design);
  if (problems.length > 0) return { ok: false, errors: problems.slice(0, MAX_ERRORS) };
  return { ok: true, design, migratedFrom };
}

/** Ids must be unique and wires must join parts that exist: the file is broken otherwise. */
function referenceProblems(d: Design): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  d.parts.forEach((p, i) => {
    if (ids.has(p.id)) out.push(`parts[${i}]: the id "${p.id}" is used by another part`);
    ids.add(p.id);
  });
  const wireIds = new Set<string>();
  d.wires.forEach((w, i) => {
    if (wireIds.has(w.id)) out.push(`wires[${i}]: the id "${w.id}" is used by another wire`);
    wireIds.add(w.id);
    for (const end of ['from', 'to'] as const)
      if (!ids.has(w[end]))
        out.push(
          `wires[${i}] ("${w.id}").${end}: there is no part "${clip(w[end])}" in the design`,
        );
  });
  return out;
}

type Issue = v.BaseIssue<unknown>;

/** "parts[2] ("app-1").props.instances: must be a whole number from 1 to 200, got 0". */
function issueText(issue: Issue, root: unknown): string {
  let where = '';
  let node: unknown = root;
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      where += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id.length <= 40) where += ` ("${id}")`;
    } else {
      where += where ? `.${key}` : key;
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
  }
  const got =
    issue.received && issue.received !== 'undefined' ? `, got ${clip(issue.received)}` : '';
  const missing = issue.received === 'undefined' ? ' (missing)' : '';
  return `${where || 'the design'}: ${issue.message}${missing}${got}`;
}

function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `the text "${clip(x)}"`;
  return `${typeof x === 'object' ? 'an' : 'a'} ${typeof x}${typeof x === 'number' ? ` (${x})` : ''}`;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** A design as the JSON a file holds (stable key order, two-space indent, final newline). */
export function serializeDesign(d: Design): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
