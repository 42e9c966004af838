import type { Player } from '../../player/store';
import { NodeGlyph } from '../../ui/diagram/NodeGlyph';
import { RequestCanvas } from '../../ui/dots';
import { CITIES, LATENCY_MS, PAIRS, distanceKm, pairLabel } from './cities';
import { cityStatus, ReplicaCard } from './ReplicaCard';
import { dishCopy, dishName, linesUp, reachesMajority, rupees, type GaugeReader } from './live';
import { DOT_POSITIONS, lineLabelAt, MAP_H, MAP_W, px, SPOTS } from './mapLayout';

interface Props {
  player: Player;
  read: GaugeReader;
  dish: number;
  dishes: number;
  mode: string;
  rps: number;
}

/**
 * India, roughly: a replica in each city with its customers beside it, and the three phone
 * lines between them. A cut line is dashed, red and labelled; the dots are orders and the
 * messages replicas send each other.
 */
export function CityMap({ player, read, dish, dishes, mode, rps }: Props) {
  const up = linesUp(read);
  const cities = CITIES.map((c, i) => {
    const copy = dishCopy(read, i, dish);
    let behindOn = 0;
    for (let d = 0; d < dishes; d++) if (dishCopy(read, i, d).behind) behindOn++;
    // In AP every city stays open; in CP a city alone is not a majority.
    const open = mode !== 'cp' || reachesMajority(up, i);
    return { c, i, copy, behindOn, open };
  });
  const label =
    `Three restaurants, ${rps} orders a second each. ` +
    cities
      .map(
        ({ c, copy, open, behindOn }) =>
          `${c.name}: ${dishName(dish)} ${rupees(copy.price)}, version ${copy.version}, ${cityStatus({ open, behindOn, mode })}`,
      )
      .join('; ') +
    '. Lines: ' +
    PAIRS.map((pair, k) => `${pairLabel(pair)} ${up[k] ? 'up' : 'cut'}`).join(', ') +
    '.';
  return (
    <figure className="diagram cap-map" style={{ aspectRatio: `${MAP_W} / ${MAP_H}` }}>
      <svg viewBox={`0 0 ${MAP_W} ${MAP_H}`} role="img" aria-label={label}>
        {PAIRS.map((pair, k) => {
          const a = px(SPOTS[pair[0]]!.replica);
          const b = px(SPOTS[pair[1]]!.replica);
          const at = lineLabelAt(k);
          const ms = LATENCY_MS[pair[0]]![pair[1]]!;
          return (
            <g key={k} className={`cap-line${up[k] ? '' : ' is-cut'}`}>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <text x={at.x} y={at.y - 4} textAnchor={at.anchor} className="cap-line-label">
                {Math.round(distanceKm(pair[0], pair[1])).toLocaleString('en-US')} km ·{' '}
                {ms.toFixed(1)} ms
              </text>
              <text x={at.x} y={at.y + 14} textAnchor={at.anchor} className="cap-line-state">
                {up[k] ? 'line up' : '✂ line cut'}
              </text>
            </g>
          );
        })}
        {cities.map(({ c, i }) => (
          <NodeGlyph
            key={c.id}
            node={{
              name: `customers-${c.id}`,
              label: 'Customers',
              shape: 'clients',
              ...SPOTS[i]!.customers,
            }}
            live={null}
            width={MAP_W}
            height={MAP_H}
          />
        ))}
        {cities.map(({ i, copy, open, behindOn }) => (
          <ReplicaCard
            key={i}
            city={i}
            dish={dish}
            copy={copy}
            open={open}
            behindOn={behindOn}
            mode={mode}
          />
        ))}
      </svg>
      <RequestCanvas
        player={player}
        positions={DOT_POSITIONS}
        height={MAP_H}
        label="Orders moving from customers to their restaurant, and messages between the restaurants"
      />
    </figure>
  );
}
