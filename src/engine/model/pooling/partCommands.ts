import type { NodeCommand } from '../../kernel/commands';

/** What restart, slow and restore change on a part; kill is each part's own business. */
export interface Slowable {
  alive: boolean;
  slowFactor: number;
}

/**
 * Applies restart, slow and restore the way Server does (restart and restore also end a
 * slowdown; slow without a factor means 4x). Returns true for a kill, which the caller handles.
 */
export function applyPartCommand(part: Slowable, cmd: NodeCommand): boolean {
  switch (cmd.action) {
    case 'kill':
      return true;
    case 'slow':
      part.slowFactor = cmd.factor && cmd.factor > 0 ? cmd.factor : 4;
      return false;
    case 'restart':
    case 'restore':
      part.alive = true;
      part.slowFactor = 1;
      return false;
  }
}
