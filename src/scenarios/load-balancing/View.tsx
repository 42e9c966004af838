import type { Player } from '../../player/store';
import { SystemDiagram } from '../../ui/diagram/SystemDiagram';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { HealthCharts } from './HealthCharts';
import { farmPicture } from './layout';
import { capacityRps, weightsOf, workersOf } from './scenario';
import { ServerPicker } from './ServerPicker';
import { ServerShares } from './ServerShares';
import './load-balancing.css';

/** Users, the balancer, and a column of servers with their live load and share of the traffic. */
export function LoadBalancingView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const params = usePlayerState(player, (s) => s.params);
  const weights = weightsOf(params);
  const workers = workersOf(params);
  const n = weights.length;
  const uneven = weights.some((w) => w !== weights[0]);
  const strategy = params.strategy as string;
  const picture = farmPicture(n, {
    users: `${params.rps as number} requests/s`,
    balancer: strategy,
    // Sizes go in the label only when they differ: "Server 1 ×4".
    server: (i) => (uneven ? `Server ${i + 1} ×${weights[i]}` : `Server ${i + 1}`),
  });
  const label =
    `${params.rps as number} requests a second reach a ${strategy} load balancer, which spreads them over ${n} ` +
    `server${n === 1 ? '' : 's'} with ${workers.join(', ')} workers; together they can finish about ${Math.round(capacityRps(params))} a second`;
  return (
    <div className="view lb-view">
      <SystemDiagram
        player={player}
        nodes={picture.nodes}
        wires={picture.wires}
        height={picture.height}
        label={label}
      />
      <ServerShares player={player} />
      {!compact && (
        <>
          <div className="view-controls">
            <ServerPicker player={player} servers={n} />
          </div>
          <HealthCharts player={player} servers={n} />
        </>
      )}
    </div>
  );
}
