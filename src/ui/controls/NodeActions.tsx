import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../hooks/usePlayer';
import { liveNodeState } from '../diagram/liveNode';

interface Props {
  player: Player;
  /** The part's name in the simulation. */
  node: string;
  label: string;
}

/** Failure injection: kill, slow down or restore a part at the playhead, while the run goes on. */
export function NodeActions({ player, node, label }: Props) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const commands = usePlayerState(player, (s) => s.commands);
  const live = liveNodeState(layout, frame, node);
  const alive = live?.alive ?? true;
  return (
    <div className="node-actions" role="group" aria-label={`Break or fix the ${label}`}>
      <span className="node-actions-label">{label}:</span>
      {alive ? (
        <button type="button" className="danger" onClick={() => player.intervene(node, 'kill')}>
          Kill
        </button>
      ) : (
        <button type="button" onClick={() => player.intervene(node, 'restart')}>
          Restart
        </button>
      )}
      <button type="button" onClick={() => player.intervene(node, 'slow', 4)} disabled={!alive}>
        Slow 4×
      </button>
      <button type="button" onClick={() => player.intervene(node, 'restore')}>
        Restore
      </button>
      {commands.length > 0 && (
        <button type="button" className="link-button" onClick={player.clearInterventions}>
          Undo all ({commands.length})
        </button>
      )}
    </div>
  );
}
