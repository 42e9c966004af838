import { useMemo, useSyncExternalStore } from 'react';
import type { Player } from '../../player/store';
import { RequestCanvas } from '../../ui/dots';
import { landNow, MAP, subscribeLand } from './mapGeometry';
import { dotPositions, mapMarks, type MapMark } from './mapMarks';
import { Marker } from './Markers';
import type { Serving } from './serving';
import { names, type Sites } from './sites';

/** The countries: one path, built once just after the first paint and never redrawn. */
function Land() {
  const d = useSyncExternalStore(subscribeLand, landNow, landNow);
  return d ? <path className="cdn-land" d={d} /> : null;
}

interface Props {
  player: Player;
  sites: Sites;
  /** Per city (in `sites.cities` order), who answers it now. */
  serving: readonly Serving[];
  isUp: (name: string) => boolean;
  label: string;
}

/**
 * The world with the origin, the edges and the cities on it, and the moving requests on a
 * canvas laid exactly over it (same box, positions as fractions of it).
 */
export function WorldMap({ player, sites, serving, isUp, label }: Props) {
  const geo = MAP;
  const marks = useMemo(() => mapMarks(sites, geo), [sites, geo]);
  const positions = useMemo(() => dotPositions(marks, geo), [marks, geo]);
  const byName = new Map(marks.map((m) => [m.name, m]));
  const origin = byName.get(names.origin)!;
  const line = (a: MapMark, b: MapMark, cls: string, key: string) => (
    <line key={key} className={cls} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
  );
  return (
    <figure className="diagram cdn-map" style={{ aspectRatio: `${geo.width} / ${geo.height}` }}>
      <svg viewBox={`0 0 ${geo.width} ${geo.height}`} role="img" aria-label={label}>
        <Land />
        {sites.edges.map((e) => {
          const m = byName.get(names.edge(e.id))!;
          return line(m, origin, 'cdn-fetch', `fetch-${e.id}`);
        })}
        {sites.cities.map((c, i) => {
          const from = byName.get(names.users(c.id))!;
          const to = byName.get(serving[i]?.server ?? names.origin);
          return to ? line(from, to, 'cdn-route', `route-${c.id}`) : null;
        })}
        {marks.map((m) => (
          <Marker key={m.name} mark={m} up={m.kind === 'city' || isUp(m.name)} />
        ))}
      </svg>
      <RequestCanvas
        player={player}
        positions={positions}
        height={geo.height}
        label="Requests travelling between cities, edges and the origin"
      />
    </figure>
  );
}
