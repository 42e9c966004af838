import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { usePoolLive } from './livePool';
import { PoolCharts } from './PoolCharts';
import { PoolDiagram } from './PoolDiagram';
import { PoolSwitch } from './PoolSwitch';
import './pooling.css';

/** App servers borrow connections from the pool to query the database; or, pool off, open their own. */
export function ConnectionPoolingView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const params = usePlayerState(player, (s) => s.params);
  const size = params.pool === 'on' ? (params.poolSize as number) : null;
  const cores = params.dbCores as number;
  const limit = params.dbMaxConnections as number;
  const label =
    `${params.rps} requests per second reach the app servers, which ` +
    (size === null
      ? 'open a new database connection for every query'
      : `borrow one of up to ${size} pooled connections for each query`) +
    `; the database has ${cores} cores and accepts ${limit} connections.`;
  return (
    <div className="view cp-view">
      <PoolDiagram player={player} size={size} cores={cores} maxConnections={limit} label={label} />
      <Readout player={player} pooled={size !== null} />
      {!compact && (
        <>
          <div className="view-controls">
            <PoolSwitch player={player} />
            <NodeActions player={player} node="db" label="Database" />
            <NodeActions player={player} node="pool" label="Pool" />
          </div>
          <PoolCharts player={player} />
        </>
      )}
    </div>
  );
}

/** The picture's numbers in words, so nothing depends on reading colours or slots. */
function Readout({ player, pooled }: { player: Player; pooled: boolean }) {
  const live = usePoolLive(player);
  const pool = live.poolUp
    ? `${live.inUse} in use, ${pooled ? `${live.idle} idle, ` : ''}${live.opening} opening, ${live.waiting} waiting`
    : 'down';
  const db = live.dbUp
    ? `${live.dbActive} queries running, ${live.dbConnections} connections`
    : 'down';
  return (
    <p className="cp-readout">
      <span>
        <strong>{pooled ? 'Pool' : 'Connections'}:</strong> {pool}
      </span>
      <span>
        <strong>Database:</strong> {db}
      </span>
    </p>
  );
}
