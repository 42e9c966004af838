import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { formatCount } from '../../ui/controls/formatNumbers';
import { G } from './gauges';
import { memberLabel } from './layout';
import { replicaName } from './model';
import type { GaugeReader } from './useGauges';

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What failover is doing now, in a sentence (empty while the original primary is fine). */
export function failoverStatus(read: GaugeReader, primaryAlive: boolean): string {
  const primary = read(G.primary);
  const promoteAt = read(G.promoteAt);
  const lost = read(G.lost);
  if (!primaryAlive && promoteAt >= 0)
    return `The primary is down: writes fail until the most caught-up replica is promoted at ${secs(promoteAt)}.`;
  if (!primaryAlive) return 'The primary is down and no replica is left to promote: writes fail.';
  if (primary > 0)
    return `Replica ${primary} was promoted to primary; ${formatCount(lost)} confirmed write${lost === 1 ? ' was' : 's were'} lost on the way.`;
  return '';
}

interface Props {
  player: Player;
  members: number;
  primary: number;
  read: GaugeReader;
  primaryAlive: boolean;
}

/** Failure injection: break the primary (whichever node it is now) or any other copy. */
export function FailoverControls({ player, members, primary, read, primaryAlive }: Props) {
  const id = useId();
  const others = Array.from({ length: members }, (_, i) => i).filter((i) => i !== primary);
  const [picked, setPicked] = useState(1);
  const other = others.includes(picked) ? picked : others[0];
  const status = failoverStatus(read, primaryAlive);
  return (
    <div className="rr-controls">
      <NodeActions player={player} node={replicaName(primary)} label="Primary" />
      {other !== undefined && (
        <div className="rr-pick">
          <label htmlFor={id}>Copy to break</label>
          <select id={id} value={other} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
            {others.map((i) => (
              <option key={i} value={i}>
                {memberLabel(i, primary)}
              </option>
            ))}
          </select>
          <NodeActions
            player={player}
            node={replicaName(other)}
            label={memberLabel(other, primary)}
          />
        </div>
      )}
      <p className="rr-failover" role="status">
        {status}
      </p>
    </div>
  );
}
