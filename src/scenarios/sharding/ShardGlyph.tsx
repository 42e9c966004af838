import type { LiveShard } from './liveShards';

export const SHARD_H = 64;

/** The words under a shard: what state it is in, never told by colour alone. */
export function shardStateWord(s: LiveShard, joinsAtS: number | null, short: boolean): string {
  if (s.waiting) return short ? 'later' : `joins at ${joinsAtS ?? 0} s`;
  if (!s.alive) return 'DOWN';
  if (s.saturated) return 'FULL';
  if (s.slowFactor !== 1) return `SLOW ${s.slowFactor}×`;
  return '';
}

/**
 * One shard: a box filled from the bottom as far as it is busy (over the last second), its
 * load as a number, and its state in words. A full shard is hatched as well as coloured.
 */
export function ShardGlyph({
  shard,
  cx,
  cy,
  width,
  label,
  word,
  celebrity,
  hatchId,
}: {
  shard: LiveShard;
  cx: number;
  cy: number;
  width: number;
  label: string;
  word: string;
  celebrity: boolean;
  hatchId: string;
}) {
  const fill = shard.waiting || !shard.alive ? 0 : shard.load * (SHARD_H - 4);
  const cls = [
    'shard-glyph',
    shard.waiting ? 'is-waiting' : '',
    !shard.alive ? 'is-down' : '',
    shard.saturated ? 'is-full' : '',
  ].join(' ');
  return (
    <g
      className={cls}
      data-shard={shard.name}
      data-state={word || 'ok'}
      transform={`translate(${cx - width / 2} ${cy - SHARD_H / 2})`}
    >
      <text x={width / 2} y={-8} className="shard-label">
        {celebrity ? `★ ${label}` : label}
      </text>
      <rect width={width} height={SHARD_H} rx={6} className="shard-box" />
      <rect
        x={2}
        y={SHARD_H - 2 - fill}
        width={Math.max(0, width - 4)}
        height={fill}
        rx={3}
        className="shard-fill"
        // Inline, because the stylesheet's fill would beat a presentation attribute.
        style={shard.saturated ? { fill: `url(#${hatchId})` } : undefined}
      />
      <text x={width / 2} y={SHARD_H + 17} className="shard-load">
        {shard.waiting ? '–' : `${Math.round(shard.load * 100)}%`}
      </text>
      {word && (
        <text x={width / 2} y={SHARD_H + 33} className="shard-word">
          {word}
        </text>
      )}
    </g>
  );
}
