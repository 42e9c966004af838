import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { Legend } from '../../ui/dots';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { useGauges } from '../read-replicas/useGauges';
import { ChaosCharts } from './ChaosCharts';
import { ChaosControls } from './ChaosControls';
import { EventLog } from './EventLog';
import { columnsFor } from './layout';
import { regionNow, routeNow, routeText } from './live';
import { RegionMap } from './RegionMap';
import { Scoreboard } from './Scoreboard';
import './chaos.css';

/**
 * The scoreboard (nines, error budget, recovery), the regions side by side with their
 * instances and where each city's DNS sends its users, then the controls for breaking
 * things, the event list and the charts.
 */
export function ChaosView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const params = usePlayerState(player, (s) => s.params);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const frame = useFrame(player);
  const read = useGauges(player);
  const regionCount = params.regions as number;
  const instanceCount = params.instances as number;
  const columns = useMemo(
    () => columnsFor(regionCount, instanceCount),
    [regionCount, instanceCount],
  );
  const caches = params.caches as readonly string[];
  const on = {
    device: caches.includes('device'),
    cdn: caches.includes('cdn'),
    app: caches.includes('app'),
  };
  const regions = columns.map((c) => regionNow(c, read, layout, frame));
  const routes = columns.map((c, i) => routeNow(c, i, read));
  const label =
    `${columns.length} region${columns.length === 1 ? '' : 's'}: ` +
    columns
      .map((c, i) => {
        const r = regions[i]!;
        const up = r.instancesUp.filter(Boolean).length;
        return r.up
          ? `${c.site.name} up with ${up} of ${r.instancesUp.length} instances running`
          : `${c.site.name} down`;
      })
      .join('; ') +
    '. ' +
    columns.map((c, i) => routeText(routes[i]!, c.site.users.name)).join('; ') +
    '.';
  return (
    <div className="view chaos-view">
      <Scoreboard read={read} slo={params.slo as string} />
      <RegionMap
        player={player}
        columns={columns}
        regions={regions}
        routes={routes}
        caches={on}
        label={label}
      />
      <Legend />
      {!compact && (
        <>
          <ChaosControls player={player} columns={columns} regions={regions} />
          <EventLog player={player} />
          <ChaosCharts player={player} />
        </>
      )}
    </div>
  );
}
