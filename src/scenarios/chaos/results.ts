import { parseTimedCommand, type TimedCommand } from '../../engine';
import type { RunResult } from '../run';

/** Typed readers for the figures a chaos run adds to its results. */

export interface CityResult {
  city: string;
  home: string;
  answered: number;
  errors: number;
  sentTo: Record<string, number>;
}

export const availability = (r: RunResult): number => r.availability as number;
export const recoverySeconds = (r: RunResult): number | null => r.recoverySeconds as number | null;
export const errorBudgetUsed = (r: RunResult): number | null => r.errorBudgetUsed as number | null;
export const cities = (r: RunResult): CityResult[] => r.users as CityResult[];

/** Share of one city's requests that were answered. */
export function cityAvailability(r: RunResult, city: string): number {
  const c = cities(r).find((x) => x.city === city);
  const ended = c ? c.answered + c.errors : 0;
  return c && ended > 0 ? c.answered / ended : NaN;
}

/** "99.97%": availability as the explanations quote it. */
export const pctText = (a: number): string => `${(a * 100).toFixed(a >= 0.999 ? 3 : 2)}%`;

/** The interventions of a run, parsed. */
const commandsOf = (r: RunResult): TimedCommand[] =>
  (r.interventions ?? []).map(parseTimedCommand).filter((c): c is TimedCommand => c !== null);

/**
 * When a region went down in this run and stayed down: from the scripted outage or a kill
 * command on a region, with no restart after it. NaN when none did.
 */
export function regionDownForGood(r: RunResult, scriptedAtS: number): number {
  const cmds = commandsOf(r).filter((c) => c.node.startsWith('region-'));
  const restarted = (node: string, after: number) =>
    cmds.some(
      (c) => c.node === node && c.action !== 'kill' && c.action !== 'slow' && c.at >= after,
    );
  const scripted = scriptedAtS > 0 && !restarted('region-virginia', scriptedAtS * 1000);
  const kills = cmds
    .filter((c) => c.action === 'kill' && !restarted(c.node, c.at))
    .map((c) => c.at);
  const times = [...(scripted ? [scriptedAtS * 1000] : []), ...kills];
  return times.length ? Math.min(...times) : NaN;
}
