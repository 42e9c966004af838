import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { NodeActions } from '../../ui/controls/NodeActions';
import { SystemDiagram } from '../../ui/diagram/SystemDiagram';
import type { DiagramNode } from '../../ui/diagram/types';
import { GrowthSlider } from './GrowthSlider';
import { capacityRps } from './scenario';

/** Users on the left, the one server on the right, its waiting line in between. */
export function SingleServerView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const params = usePlayerState(player, (s) => s.params);
  const rps = params.rps as number;
  const traffic =
    rps > 0 ? `${rps} requests/s` : `${(params.users as number).toLocaleString('en-US')} users`;
  const nodes: DiagramNode[] = [
    { name: 'users', label: 'Users', shape: 'clients', x: 0.12, y: 0.5, note: traffic },
    {
      name: 'server',
      label: 'App server',
      shape: 'server',
      x: 0.8,
      y: 0.5,
      note: `${capacityRps(params)} req/s max`,
    },
  ];
  return (
    <div className="view">
      <SystemDiagram
        player={player}
        nodes={nodes}
        wires={[{ from: 'users', to: 'server' }]}
        height={280}
        label={`${traffic} sending requests to one app server that can finish at most ${capacityRps(params)} per second`}
      />
      {!compact && (
        <div className="view-controls">
          <GrowthSlider player={player} />
          <NodeActions player={player} node="server" label="App server" />
        </div>
      )}
    </div>
  );
}
