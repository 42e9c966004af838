import { formatTimedCommand, parseTimedCommand, type TimedCommand } from '../engine';
import { formatParam, resolveParams, sameValue, type Params } from '../scenarios/params';
import { MAX_DURATION_S } from '../scenarios/session';
import type { Scenario } from '../scenarios/scenario';
import { clampSpeed } from './store';
import { splitHash } from './hash';

export { splitHash };

/** Query keys the app owns; scenario parameters may not use these names. */
export const RESERVED_KEYS = [
  'seed',
  'duration',
  'speed',
  'events',
  'embed',
  'autoplay',
  'controls',
  't',
  'vs',
  'lesson',
  'theme',
  'lock',
  'origin',
  'present',
] as const;

/** Keys that describe how the page is shown, not what runs: carried through unchanged. */
export const PRESENTATION_KEYS = [
  'embed',
  'autoplay',
  'controls',
  'lesson',
  'theme',
  'lock',
  'origin',
] as const;

export const DEFAULT_SEED = 1;

/** A lab page's state as a link carries it. */
export interface LabUrlState {
  params: Params;
  seed: number;
  durationS: number;
  commands: TimedCommand[];
  speed: number;
  embed: boolean;
  autoplay: boolean;
  /** Show player controls (embeds may hide them). */
  controls: boolean;
  /** Compare mode: the overrides of variant B (only the parameters that differ), or null. */
  compare: Params | null;
  /** Every value that was ignored, with why; shown to the user. */
  problems: string[];
}

const flag = (v: string | null): boolean => v === '1' || v === 'true';
/** A pasted value quoted in a problem: one line (problems are listed one per line), short. */
const oneLine = (s: string, n: number): string => s.replace(/\s+/g, ' ').slice(0, n);

export function readLabState(scenario: Scenario, query: URLSearchParams): LabUrlState {
  const problems: string[] = [];
  // No prototype: a `__proto__=1` key must be reported as unknown, not silently dropped.
  const raw = Object.create(null) as Record<string, string>;
  for (const [k, v] of query) if (!(RESERVED_KEYS as readonly string[]).includes(k)) raw[k] = v;
  const resolved = resolveParams(scenario.params, raw);
  for (const p of resolved.problems) problems.push(p.message);

  let seed = DEFAULT_SEED;
  const seedText = query.get('seed');
  if (seedText !== null) {
    if (/^\d{1,10}$/.test(seedText) && Number(seedText) <= 4294967295) seed = Number(seedText);
    else
      problems.push(`seed: "${oneLine(seedText, 20)}" is not a whole number from 0 to 4294967295`);
  }

  let durationS = scenario.durationS;
  const durText = query.get('duration');
  if (durText !== null) {
    const d = Number(durText);
    if (/^\d+(\.\d+)?$/.test(durText) && d >= 1 && d <= MAX_DURATION_S) durationS = d;
    else
      problems.push(
        `duration: "${oneLine(durText, 20)}" is not a number of seconds from 1 to ${MAX_DURATION_S}`,
      );
  }

  let speed = 1;
  const speedText = query.get('speed');
  if (speedText !== null) {
    const x = Number(speedText);
    if (x > 0 && Number.isFinite(x)) speed = clampSpeed(x);
    else problems.push(`speed: "${oneLine(speedText, 20)}" is not a positive number`);
  }

  const commands: TimedCommand[] = [];
  for (const text of (query.get('events') ?? '').split(',').filter(Boolean)) {
    const c = parseTimedCommand(text);
    if (c && c.at <= durationS * 1000) commands.push(c);
    else problems.push(`events: "${oneLine(text, 30)}" is not action:part@seconds within the run`);
  }

  // vs=strategy%3Dp2c: variant B's overrides, themselves a query string (values may hold commas).
  let compare: Params | null = null;
  const vsText = query.get('vs');
  if (vsText !== null) {
    const raw: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [k, v] of new URLSearchParams(vsText)) raw[k] = v;
    const vs = resolveParams(scenario.params, raw);
    for (const p of vs.problems) problems.push(`vs (compare): ${p.message}`);
    compare = Object.fromEntries(
      Object.keys(raw)
        .filter((k) => !vs.problems.some((p) => p.name === k))
        .map((k) => [k, vs.params[k]!]),
    );
  }

  return {
    params: resolved.params,
    seed,
    compare,
    durationS,
    commands,
    speed,
    embed: flag(query.get('embed')),
    autoplay: flag(query.get('autoplay')),
    controls: query.get('controls') !== '0' && query.get('controls') !== 'none',
    problems,
  };
}

/** The query for a lab page: non-default parameters, the seed, and any non-default extras. */
export function writeLabQuery(
  scenario: Scenario,
  s: Pick<LabUrlState, 'params' | 'seed' | 'durationS' | 'commands' | 'speed'> & {
    compare?: Params | null;
  },
  keep?: URLSearchParams,
): string {
  const q = new URLSearchParams();
  for (const spec of scenario.params) {
    const v = s.params[spec.name];
    if (v !== undefined && !sameValue(v, spec.default)) q.set(spec.name, formatParam(spec, v));
  }
  q.set('seed', String(s.seed));
  if (s.durationS !== scenario.durationS) q.set('duration', String(s.durationS));
  if (s.speed !== 1) q.set('speed', String(+s.speed.toPrecision(3)));
  if (s.commands.length) q.set('events', s.commands.map(formatTimedCommand).join(','));
  if (s.compare) {
    const vs = new URLSearchParams();
    for (const spec of scenario.params) {
      const v = s.compare[spec.name];
      if (v !== undefined) vs.set(spec.name, formatParam(spec, v));
    }
    q.set('vs', vs.toString());
  }
  // Presentation flags pass through unchanged.
  for (const k of PRESENTATION_KEYS) {
    const v = keep?.get(k);
    if (v !== null && v !== undefined) q.set(k, v);
  }
  return q.toString();
}
