import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { RequestCanvas, type QueueDirection } from '../../ui/dots';
import { dotPositions, MAP_H, MAP_W, ROW, type RegionColumn } from './layout';
import type { RegionNow, RouteNow } from './live';
import { RegionPanel } from './RegionPanel';
import { names } from './sites';

interface Props {
  player: Player;
  columns: readonly RegionColumn[];
  regions: readonly RegionNow[];
  routes: readonly RouteNow[];
  caches: { device: boolean; cdn: boolean; app: boolean };
  label: string;
}

/** The people icon for a city's users. */
function Users({ x }: { x: number }) {
  return (
    <g
      className="chaos-users-icon"
      aria-hidden="true"
      transform={`translate(${x} ${ROW.users - 6})`}
    >
      {[-16, 0, 16].map((dx, i) => (
        <g key={i} transform={`translate(${dx} ${i === 1 ? -4 : 2})`}>
          <circle r="6" cy="-8" />
          <path d="M -10 8 Q 0 -6 10 8 Z" />
        </g>
      ))}
    </g>
  );
}

/**
 * Users, their CDN edge and DNS at the top of each column, the regions below; a line from
 * each city's DNS to the region it sends users to now (dashed to the old one while a change
 * spreads). Requests move on a canvas laid exactly over the picture.
 */
export function RegionMap({ player, columns, regions, routes, caches, label }: Props) {
  // The caller keeps `columns` stable (memoized by regions and instances), so these only
  // change when the picture's layout does.
  const positions = useMemo(() => dotPositions(columns, caches.cdn), [columns, caches.cdn]);
  const queues = useMemo(() => {
    // Instances stand side by side, so their waiting lines lead up towards the balancer.
    const out: Record<string, QueueDirection> = {};
    for (const c of columns)
      c.instanceX.forEach((_, k) => (out[names.instance(c.site.id, k)] = 'up'));
    return out;
  }, [columns]);
  return (
    <figure className="diagram chaos-map" style={{ aspectRatio: `${MAP_W} / ${MAP_H}` }}>
      <svg viewBox={`0 0 ${MAP_W} ${MAP_H}`} role="img" aria-label={label}>
        {columns.map((c, i) => {
          const route = routes[i];
          const target = route ? columns[route.to] : undefined;
          const old =
            route && route.from !== route.to && route.moved < 1 ? columns[route.from] : undefined;
          return (
            <g key={`route-${c.site.id}`} className="chaos-routes">
              <line
                className="chaos-wire"
                x1={c.x}
                y1={ROW.users + 14}
                x2={c.x}
                y2={ROW.dns - 12}
              />
              {old && (
                <line
                  className="chaos-route is-old"
                  x1={c.x}
                  y1={ROW.dns + 12}
                  x2={old.x}
                  y2={ROW.lb - 15}
                />
              )}
              {target && (
                <line
                  className="chaos-route"
                  x1={c.x}
                  y1={ROW.dns + 12}
                  x2={target.x}
                  y2={ROW.lb - 15}
                />
              )}
            </g>
          );
        })}
        {columns.map((c, i) => (
          <RegionPanel key={c.site.id} col={c} now={regions[i]!} appCache={caches.app} />
        ))}
        {columns.map((c, i) => {
          const route = routes[i];
          const moving = route && route.to !== route.from && route.moved < 1;
          const away = route && route.to !== i;
          return (
            <g key={`users-${c.site.id}`} className="chaos-city">
              <Users x={c.x} />
              <text className="chaos-city-name" x={c.x} y={ROW.users + 26} textAnchor="middle">
                {c.site.users.name} users
              </text>
              {caches.device && (
                <text className="chaos-note" x={c.x + 34} y={ROW.users - 6}>
                  device cache
                </text>
              )}
              {caches.cdn && (
                <g className="chaos-part chaos-edge">
                  <rect x={c.x - 60} y={ROW.edge - 15} width={120} height={30} rx={6} />
                  <text x={c.x} y={ROW.edge + 5} textAnchor="middle">
                    CDN edge
                  </text>
                </g>
              )}
              <g className={`chaos-dns${away ? ' is-away' : ''}`}>
                <rect x={c.x - 78} y={ROW.dns - 12} width={156} height={24} rx={12} />
                <text x={c.x} y={ROW.dns + 4} textAnchor="middle">
                  {moving
                    ? `DNS: ${Math.round(route.moved * 100)}% moved`
                    : `DNS → ${columns[route?.to ?? i]?.site.name ?? ''}`}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <RequestCanvas
        player={player}
        positions={positions}
        queueDirection={queues}
        height={MAP_H}
        label="Requests travelling from users through the caches and DNS to the regions"
      />
    </figure>
  );
}
