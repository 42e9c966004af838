import { useId, useMemo } from 'react';
import type { Player } from '../../player/store';
import { Legend, RequestCanvas, type Positions } from '../../ui/dots';
import { NodeGlyph } from '../../ui/diagram/NodeGlyph';
import type { DiagramNode } from '../../ui/diagram/types';
import type { LiveShard } from './liveShards';
import { SHARD_H, ShardGlyph, shardStateWord } from './ShardGlyph';

const W = 800;
const H = 400;
const SHARD_Y = 0.78;
const ROUTER: DiagramNode = {
  name: 'router',
  label: 'Router',
  shape: 'balancer',
  x: 0.5,
  y: 0.44,
  note: 'key → shard',
};

interface Props {
  player: Player;
  shards: readonly LiveShard[];
  /** Clients drawn along the top (users always; fans and analysts when they send anything). */
  clients: readonly DiagramNode[];
  joinsAtS: number | null;
  /** Index of the shard holding the celebrity now, or -1. */
  celebrityShard: number;
  label: string;
}

/** x of shard i's centre (0..1) when `count` shards share the row. */
export const shardX = (i: number, count: number): number => 0.05 + (0.9 * (i + 0.5)) / count;

/** Clients on top, the router in the middle, the row of shards along the bottom. */
export function ShardDiagram({ player, shards, clients, joinsAtS, celebrityShard, label }: Props) {
  const hatch = `hatch${useId().replace(/:/g, '')}`;
  const count = shards.length;
  const width = Math.min(110, (0.9 * W) / count - 10);
  const short = count > 7;
  const key = JSON.stringify([count, clients.map((c) => [c.name, c.x, c.y])]);
  const positions = useMemo<Positions>(() => {
    const [n, list] = JSON.parse(key) as [number, Array<[string, number, number]>];
    const out: Record<string, { x: number; y: number; halfWidth?: number }> = {
      router: { x: ROUTER.x, y: ROUTER.y, halfWidth: 75 / W },
    };
    for (const [name, x, y] of list) out[name] = { x, y };
    // Queues lead in from above, so the line stops at the shard's top edge.
    for (let i = 0; i < n; i++)
      out[`shard-${i + 1}`] = { x: shardX(i, n), y: SHARD_Y, halfWidth: SHARD_H / 2 / W };
    return out;
  }, [key]);
  const up = useMemo(
    () =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`shard-${i + 1}`, 'up' as const]),
      ),
    [count],
  );
  return (
    <div className="diagram-wrap">
      <figure className="diagram shard-diagram" style={{ aspectRatio: `${W} / ${H}` }}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <defs>
            <pattern
              id={hatch}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" className="shard-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="8" className="shard-hatch-line" />
            </pattern>
          </defs>
          {clients.map((c) => (
            <line
              key={c.name}
              className="wire"
              x1={c.x * W}
              y1={c.y * H}
              x2={ROUTER.x * W}
              y2={ROUTER.y * H}
            />
          ))}
          {shards.map((s) => (
            <line
              key={s.name}
              className={`wire${s.waiting ? ' is-waiting' : ''}`}
              x1={ROUTER.x * W}
              y1={ROUTER.y * H}
              x2={shardX(s.index, count) * W}
              y2={SHARD_Y * H - SHARD_H / 2}
            />
          ))}
          {clients.map((c) => (
            <NodeGlyph key={c.name} node={c} live={null} width={W} height={H} />
          ))}
          <NodeGlyph node={ROUTER} live={null} width={W} height={H} />
          {shards.map((s) => (
            <ShardGlyph
              key={s.name}
              shard={s}
              cx={shardX(s.index, count) * W}
              cy={SHARD_Y * H}
              width={width}
              label={short ? `S${s.index + 1}` : `Shard ${s.index + 1}`}
              word={shardStateWord(s, joinsAtS, short)}
              celebrity={s.index === celebrityShard}
              hatchId={hatch}
            />
          ))}
        </svg>
        <RequestCanvas
          player={player}
          positions={positions}
          queueDirection={up}
          height={H}
          label="Moving requests"
        />
      </figure>
      <Legend />
    </div>
  );
}
