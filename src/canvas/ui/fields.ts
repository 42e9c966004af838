import { PROP_SPECS, type PropSpec } from '../design/props';
import type { PartKind, Region } from '../design/types';

/**
 * How the panel and the nodes word things. Ranges, units and meanings come from the design
 * engine's PROP_SPECS, so a value the panel offers is always one a design file may hold.
 */

export const REGION_NAMES: Record<Region, string> = {
  virginia: 'Virginia (US East)',
  oregon: 'Oregon (US West)',
  'sao-paulo': 'São Paulo',
  london: 'London',
  frankfurt: 'Frankfurt',
  mumbai: 'Mumbai',
  singapore: 'Singapore',
  tokyo: 'Tokyo',
  sydney: 'Sydney',
};

/** The fields of one kind of part, in the order the spec lists them. */
export function fieldsOf(kind: PartKind): Array<[key: string, spec: PropSpec]> {
  return Object.entries(PROP_SPECS[kind]) as Array<[string, PropSpec]>;
}

export const optionLabel = (key: string, value: string): string =>
  key === 'region' ? (REGION_NAMES[value as Region] ?? value) : value;

/** A number typed in a field: the value to keep, or why not. */
export function checkNumber(
  spec: Extract<PropSpec, { type: 'number' }>,
  text: string,
): { ok: true; value: number } | { ok: false; why: string } {
  const v = Number(text.replace(/[,_\s]/g, ''));
  const range = `${spec.min.toLocaleString('en-US')} to ${spec.max.toLocaleString('en-US')}`;
  if (text.trim() === '' || !Number.isFinite(v))
    return { ok: false, why: `Enter a number from ${range}.` };
  if (spec.integer && !Number.isInteger(v)) return { ok: false, why: 'Enter a whole number.' };
  if (v < spec.min || v > spec.max) return { ok: false, why: `Enter a number from ${range}.` };
  return { ok: true, value: v };
}

/** Short facts shown on a node, so the canvas reads without opening the panel. */
export function summary(kind: PartKind, props: Record<string, unknown>): string {
  const n = (k: string) => Number(props[k]).toLocaleString('en-US');
  switch (kind) {
    case 'clients':
      return `${REGION_NAMES[props.region as Region] ?? String(props.region)}, share ${n('share')}`;
    case 'cdn':
      return `${Math.round(Number(props.hitRatio) * 100)}% edge hits`;
    case 'limiter':
      return `${n('perClientPerSec')}/s per user`;
    case 'balancer':
      return String(props.strategy);
    case 'app':
      return `${n('instances')} × ${n('workers')} workers`;
    case 'cache':
      return `${n('capacity')} entries`;
    case 'keygen':
      return `${String(props.strategy)} codes`;
    case 'primary':
      return `${n('connections')} connections`;
    case 'replicas':
      return `${n('count')} × ${n('lagMs')} ms lag`;
    case 'shards':
      return `${n('count')} shards`;
    case 'queue':
      return `${n('consumers')} consumers`;
  }
}
