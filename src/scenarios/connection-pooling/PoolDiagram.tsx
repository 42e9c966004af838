import type { Player } from '../../player/store';
import { Legend, RequestCanvas, type Positions } from '../../ui/dots';
import type { QueueDirection } from '../../ui/dots/geometry';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { BOX_W, NodeGlyph } from '../../ui/diagram/NodeGlyph';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { DatabaseGlyph } from './DatabaseGlyph';
import { usePoolLive } from './livePool';
import { PoolGlyph } from './PoolGlyph';

const W = 800;
const H = 300;
/** Where each part sits, as fractions of the picture. */
const AT = {
  users: { x: 0.07, y: 0.55 },
  app: { x: 0.27, y: 0.55 },
  pool: { x: 0.535, y: 0.6 },
  db: { x: 0.835, y: 0.55 },
} as const;
const ORDER = ['users', 'app', 'pool', 'db'] as const;
// Fixed for the life of the page, so the canvas never re-lays out.
const POSITIONS: Positions = {
  users: AT.users,
  app: { ...AT.app, halfWidth: BOX_W / 2 / W },
  pool: { ...AT.pool, halfWidth: 0.09 },
  db: { ...AT.db, halfWidth: 0.125 },
};
// Requests waiting for a connection line up above the pool, where there is room.
const QUEUES: Readonly<Record<string, QueueDirection>> = { pool: 'up' };

interface Props {
  player: Player;
  /** Pool size, or null when the pool is off. */
  size: number | null;
  cores: number;
  maxConnections: number;
  label: string;
}

/** App servers, the pool's connection slots and the database's meters, with moving requests. */
export function PoolDiagram({ player, size, cores, maxConnections, label }: Props) {
  const live = usePoolLive(player);
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  // The app servers never run short of threads here: their box shows requests in progress.
  const app = liveNodeState(layout, frame, 'app');
  const appNote = `${app?.busy ?? 0} requests inside`;
  const px = (name: keyof typeof AT) => [AT[name].x * W, AT[name].y * H] as const;
  return (
    <div className="diagram-wrap">
      <figure className="diagram" style={{ aspectRatio: `${W} / ${H}` }}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          {ORDER.slice(1).map((name, i) => {
            const [x1, y1] = px(ORDER[i]!);
            const [x2, y2] = px(name);
            return <line key={name} className="wire" x1={x1} y1={y1} x2={x2} y2={y2} />;
          })}
          <NodeGlyph
            node={{ name: 'users', label: 'Users', shape: 'clients', ...AT.users }}
            live={null}
            width={W}
            height={H}
          />
          <NodeGlyph
            node={{ name: 'app', label: 'App servers', shape: 'server', ...AT.app, note: appNote }}
            live={app && { ...app, capacity: 0 }}
            width={W}
            height={H}
          />
          <PoolGlyph cx={px('pool')[0]} cy={px('pool')[1]} live={live} size={size} />
          <DatabaseGlyph
            cx={px('db')[0]}
            cy={px('db')[1]}
            live={live}
            cores={cores}
            maxConnections={maxConnections}
          />
        </svg>
        <RequestCanvas
          player={player}
          positions={POSITIONS}
          queueDirection={QUEUES}
          height={H}
          label="Moving requests"
        />
      </figure>
      <Legend />
      <SlotLegend />
    </div>
  );
}

const SLOT_KEY: Array<[string, string]> = [
  ['busy', 'connection in use'],
  ['idle', 'open, idle'],
  ['opening', 'being opened'],
  ['closed', 'not opened'],
];

function SlotLegend() {
  return (
    <ul className="cp-slot-legend" aria-label="Pool slots">
      {SLOT_KEY.map(([state, text]) => (
        <li key={state}>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="1.5" y="1.5" width="11" height="11" rx="2" className={`cp-slot ${state}`} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
