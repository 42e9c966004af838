import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { shardName } from './model';

/** Failure injection: choose a shard, then kill, slow or restore it at the playhead. */
export function ShardPicker({ player, shards }: { player: Player; shards: number }) {
  const id = useId();
  const [picked, setPicked] = useState(1);
  const index = Math.min(picked, shards) - 1;
  return (
    <div className="shard-picker">
      <label htmlFor={id}>Shard to break or fix</label>
      <select id={id} value={index + 1} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
        {Array.from({ length: shards }, (_, i) => (
          <option key={i} value={i + 1}>
            Shard {i + 1}
          </option>
        ))}
      </select>
      <NodeActions player={player} node={shardName(index)} label={`Shard ${index + 1}`} />
    </div>
  );
}
