import type { Player } from '../../player/store';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { SystemDiagram } from '../../ui/diagram/SystemDiagram';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { BalanceStory } from './BalanceStory';
import { FailoverControls } from './FailoverControls';
import { G } from './gauges';
import { diagramNodes, memberLabel, replicaLayout } from './layout';
import { replicaName } from './model';
import { behindText, ReplicationOverlay } from './ReplicationOverlay';
import { ReplicaCharts } from './ReplicaCharts';
import { ReplicaFigures } from './ReplicaFigures';
import { useGauges } from './useGauges';
import './readReplicas.css';

/**
 * Users -> router -> primary + replicas. Writes go to the primary, which streams them to the
 * replicas; each replica shows how far behind it is, and the story panel follows one user's
 * transfer and balance check.
 */
export function ReadReplicasView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const params = usePlayerState(player, (s) => s.params);
  const layoutData = usePlayerState(player, (s) => s.data?.layout);
  const frame = useFrame(player);
  const read = useGauges(player);
  const replicas = params.replicas as number;
  const layout = replicaLayout(replicas);
  const primaryGauge = read(G.primary);
  const primary = Number.isFinite(primaryGauge) ? primaryGauge : 0;
  const alive = layout.members.map(
    (_, i) => liveNodeState(layoutData, frame, replicaName(i))?.alive ?? true,
  );
  const nodes = diagramNodes(layout, primary);
  const wires = [
    { from: 'users', to: 'router' },
    ...layout.members.map((_, i) => ({ from: 'router', to: replicaName(i) })),
  ];
  const copies = layout.members
    .map((_, i) =>
      i === primary
        ? `${memberLabel(i, primary)}${alive[i] ? '' : ' (down)'}`
        : `${memberLabel(i, primary)}: ${behindText(read(G.behindWrites(i)), read(G.behindMs(i)), alive[i]!)}`,
    )
    .join('; ');
  const label =
    `${(params.rps as number).toLocaleString('en-US')} requests a second from users reach a router, ` +
    `which sends writes to the primary and reads to ${replicas} replica${replicas === 1 ? '' : 's'}. ${copies}.`;
  return (
    <div className="view rr-view">
      <SystemDiagram
        player={player}
        nodes={nodes}
        wires={wires}
        height={layout.height}
        label={label}
      >
        <ReplicationOverlay layout={layout} read={read} primary={primary} alive={alive} />
      </SystemDiagram>
      <ReplicaFigures read={read} />
      <BalanceStory read={read} primary={primary} />
      {!compact && (
        <>
          <FailoverControls
            player={player}
            members={layout.members.length}
            primary={primary}
            read={read}
            primaryAlive={alive[primary] ?? true}
          />
          <ReplicaCharts player={player} replicas={replicas} />
        </>
      )}
    </div>
  );
}
