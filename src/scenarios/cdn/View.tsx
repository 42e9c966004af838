import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { Legend } from '../../ui/dots';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { BreakPanel } from './BreakPanel';
import { CityTable } from './CityTable';
import { MapKey } from './Markers';
import { OffloadChart } from './OffloadChart';
import { servingNow } from './serving';
import { names, sitesFor } from './sites';
import { WorldMap } from './WorldMap';
import './cdn.css';

/** The world map with the origin, the edges and the cities, and who answers whom right now. */
export function CdnView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const params = usePlayerState(player, (s) => s.params);
  const speed = usePlayerState(player, (s) => s.speed);
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const sites = useMemo(() => sitesFor(params), [params]);
  const isUp = (name: string) => liveNodeState(layout, frame, name)?.alive ?? true;
  const serving = servingNow(sites, isUp);
  const processing = serving.map((s) =>
    s.server === names.origin ? (params.originMs as number) : (params.edgeMs as number),
  );
  const down = [names.origin, ...sites.edges.map((e) => names.edge(e.id))].filter((n) => !isUp(n));
  const label =
    `World map: the origin in ${sites.origin.name}, ` +
    (sites.edges.length
      ? `edge servers in ${sites.edges.map((e) => e.name).join(', ')}, `
      : 'no CDN, ') +
    `and users in ${sites.cities.length} cities sending requests` +
    (down.length ? `. Down: ${down.join(', ')}.` : '.');
  return (
    <div className="view cdn-view">
      <WorldMap player={player} sites={sites} serving={serving} isUp={isUp} label={label} />
      <div className="cdn-keys">
        <MapKey />
        <Legend />
      </div>
      {!compact && (
        <>
          <div className="view-controls">
            <BreakPanel player={player} sites={sites} />
            <button
              type="button"
              aria-pressed={speed <= 0.1}
              onClick={() => player.setSpeed(speed <= 0.1 ? 1 : 0.1)}
            >
              Slow motion (0.1×)
            </button>
          </div>
          <CityTable player={player} sites={sites} serving={serving} processingMs={processing} />
          <OffloadChart player={player} />
        </>
      )}
    </div>
  );
}
