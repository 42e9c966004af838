import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { SystemDiagram } from '../../ui/diagram/SystemDiagram';
import type { DiagramNode } from '../../ui/diagram/types';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { BurstTimeline } from './BurstTimeline';
import { ClientTable } from './ClientTable';
import { LimiterCharts } from './LimiterCharts';
import { describeLimiter, serverCapacityRps } from './model';
import './rateLimiting.css';

/** Three kinds of client on the left, the limiter in the middle, the server on the right. */
export function RateLimitingView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const p = usePlayerState(player, (s) => s.params);
  const limiter = describeLimiter(p);
  const capacity = Math.round(serverCapacityRps(p));
  const n = (k: string) => (p[k] as number).toLocaleString('en-US');
  const nodes: DiagramNode[] = [
    {
      name: 'users',
      label: 'Steady users',
      shape: 'clients',
      x: 0.1,
      y: 0.14,
      note: `${n('users')} × ${n('userRps')}/s`,
    },
    {
      name: 'bursty',
      label: 'Bursty job',
      shape: 'clients',
      x: 0.1,
      y: 0.5,
      note: `${n('burstSize')} every ${n('burstEveryS')} s`,
    },
    {
      name: 'attacker',
      label: 'Attacker',
      shape: 'clients',
      x: 0.1,
      y: 0.8,
      note: `${n('attackerRps')}/s from ${n('attackStartS')} s`,
    },
    {
      name: 'limiter',
      label: limiter.name,
      shape: 'balancer',
      x: 0.47,
      y: 0.5,
      note: limiter.allowance,
    },
    { name: 'server', label: 'Server', shape: 'server', x: 0.82, y: 0.5 },
  ];
  const label =
    `Steady users, a bursty job and an attacker send requests through a rate limiter ` +
    `(${limiter.name.toLowerCase()}, ${limiter.allowance} per client) to a server that can finish ${capacity} a second`;
  return (
    <div className="view rl-view">
      <SystemDiagram
        player={player}
        nodes={nodes}
        wires={[
          { from: 'users', to: 'limiter' },
          { from: 'bursty', to: 'limiter' },
          { from: 'attacker', to: 'limiter' },
          { from: 'limiter', to: 'server' },
        ]}
        height={380}
        label={label}
      />
      <ClientTable player={player} />
      <BurstTimeline player={player} />
      {!compact && (
        <>
          <div className="view-controls">
            <NodeActions player={player} node="server" label="Server" />
          </div>
          <LimiterCharts player={player} />
        </>
      )}
    </div>
  );
}
