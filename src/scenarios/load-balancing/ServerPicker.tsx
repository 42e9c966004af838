import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { serverName } from './scenario';

/**
 * Failure injection for a farm of up to ten servers, compactly: choose a server, then kill,
 * slow or restore it at the playhead with the shared controls.
 */
export function ServerPicker({ player, servers }: { player: Player; servers: number }) {
  const id = useId();
  const [picked, setPicked] = useState(1);
  const index = Math.min(picked, servers) - 1;
  return (
    <div className="lb-picker">
      <label htmlFor={id}>Server to break or fix</label>
      <select id={id} value={index + 1} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
        {Array.from({ length: servers }, (_, i) => (
          <option key={i} value={i + 1}>
            Server {i + 1}
          </option>
        ))}
      </select>
      <NodeActions player={player} node={serverName(index)} label={`Server ${index + 1}`} />
    </div>
  );
}
