import type { Ms } from '../core/units';

/** Interventions a learner (or a scenario script) applies to a part at a simulated time. */
export type NodeAction = 'kill' | 'restart' | 'slow' | 'restore';

export interface NodeCommand {
  action: NodeAction;
  /** For `slow`: service times are multiplied by this. */
  factor?: number;
}

export interface TimedCommand extends NodeCommand {
  at: Ms;
  /** The component's name. */
  node: string;
}

export const NODE_ACTIONS: readonly NodeAction[] = ['kill', 'restart', 'slow', 'restore'];

/** Parses "kill:server-2@12.5" (seconds) as used in URLs and the CLI; null when malformed. */
export function parseTimedCommand(text: string): TimedCommand | null {
  const m =
    /^(kill|restart|slow|restore):([A-Za-z0-9_.-]+)@(\d+(?:\.\d+)?)(?:x(\d+(?:\.\d+)?))?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  // Rounded to the microsecond so "16.1" is exactly 16100 ms, as it was before formatting.
  const cmd: TimedCommand = {
    action: m[1] as NodeAction,
    node: m[2]!,
    at: Math.round(Number(m[3]) * 1e6) / 1e3,
  };
  if (m[4] !== undefined) cmd.factor = Number(m[4]);
  if (cmd.action === 'slow' && !(cmd.factor && cmd.factor > 0)) cmd.factor = 4;
  return cmd;
}

export function formatTimedCommand(c: TimedCommand): string {
  const base = `${c.action}:${c.node}@${+(c.at / 1000).toFixed(6)}`;
  // Factors print as plain decimals (never 1e-7), so the text always parses back.
  return c.action === 'slow' ? `${base}x${+(c.factor ?? 4).toFixed(6)}` : base;
}
