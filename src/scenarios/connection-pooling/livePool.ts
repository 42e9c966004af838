import type { Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import type { Player } from '../../player/store';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { G } from './scenario';

/** The pool and the database at one moment, as the view draws them. */
export interface PoolLive {
  inUse: number;
  idle: number;
  opening: number;
  waiting: number;
  dbActive: number;
  dbConnections: number;
  poolUp: boolean;
  dbUp: boolean;
}

export function readPoolLive(layout: RunLayout | undefined, frame: Frame | undefined): PoolLive {
  const at = (name: string) => {
    const i = layout ? layout.gauges.findIndex((g) => g.name === name) : -1;
    return i >= 0 && frame ? (frame.gauges[i] ?? 0) : 0;
  };
  const open = at(G.open);
  const inUse = at(G.inUse);
  return {
    inUse,
    idle: Math.max(0, open - inUse),
    opening: at(G.opening),
    waiting: at(G.waiting),
    dbActive: at(G.dbActive),
    dbConnections: at(G.dbConnections),
    poolUp: liveNodeState(layout, frame, 'pool')?.alive ?? true,
    dbUp: liveNodeState(layout, frame, 'db')?.alive ?? true,
  };
}

/** The live state at the playhead; re-renders at most once per captured frame. */
export function usePoolLive(player: Player): PoolLive {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  return readPoolLive(layout, frame);
}
