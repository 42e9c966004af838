import type { LabelSide, MapMark } from './mapMarks';
import { LABEL_SIDE } from './mapMarks';

const LABEL_AT: Record<LabelSide, { dx: number; dy: number; anchor: 'start' | 'end' | 'middle' }> =
  {
    left: { dx: -8, dy: 4, anchor: 'end' },
    right: { dx: 8, dy: 4, anchor: 'start' },
    above: { dx: 0, dy: -9, anchor: 'middle' },
    below: { dx: 0, dy: 16, anchor: 'middle' },
  };

/**
 * One part on the map. Shape says what it is (circle: users, triangle: edge server, square:
 * origin); a dead part turns hollow, dashed and crossed out, so colour is never the only cue.
 */
export function Marker({ mark, up }: { mark: MapMark; up: boolean }) {
  const { x, y, kind } = mark;
  const cls = `cdn-mark cdn-${kind}${up ? '' : ' is-down'}`;
  const title = `${kind === 'city' ? `Users in ${mark.place.name}` : kind === 'edge' ? `Edge server in ${mark.place.name}` : `Origin in ${mark.place.name}`}${up ? '' : ' (down)'}`;
  let shape;
  if (kind === 'city') shape = <circle cx={x} cy={y} r={4.5} />;
  else if (kind === 'edge')
    shape = <polygon points={`${x},${y - 7} ${x + 6.5},${y + 5} ${x - 6.5},${y + 5}`} />;
  else shape = <rect x={x - 7} y={y - 7} width={14} height={14} rx={2} />;
  const label = kind === 'city' ? LABEL_AT[LABEL_SIDE[mark.place.id] ?? 'below'] : null;
  return (
    <g className={cls}>
      <title>{title}</title>
      {shape}
      {!up && (
        <path
          className="cdn-cross"
          d={`M${x - 6} ${y - 6} L${x + 6} ${y + 6} M${x + 6} ${y - 6} L${x - 6} ${y + 6}`}
        />
      )}
      {label && (
        <text x={x + label.dx} y={y + label.dy} textAnchor={label.anchor} className="cdn-label">
          {mark.place.name}
        </text>
      )}
      {kind === 'origin' && (
        <text x={x} y={y + 22} textAnchor="middle" className="cdn-label cdn-origin-label">
          {up ? 'Origin' : 'Origin (down)'}
        </text>
      )}
    </g>
  );
}

/** What the map's shapes mean. */
export function MapKey() {
  return (
    <ul className="cdn-key" aria-label="Map key">
      <li>
        <svg width="14" height="14" aria-hidden="true" className="cdn-mark cdn-city">
          <circle cx="7" cy="7" r="4.5" />
        </svg>
        Users in a city
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true" className="cdn-mark cdn-edge">
          <polygon points="7,1 13.5,13 0.5,13" />
        </svg>
        Edge server
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true" className="cdn-mark cdn-origin">
          <rect x="0" y="0" width="14" height="14" rx="2" />
        </svg>
        Origin
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <line x1="0" y1="7" x2="22" y2="7" className="cdn-route" />
        </svg>
        Where a city is sent
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <line x1="0" y1="7" x2="22" y2="7" className="cdn-fetch" />
        </svg>
        Misses fetched from the origin
      </li>
    </ul>
  );
}
