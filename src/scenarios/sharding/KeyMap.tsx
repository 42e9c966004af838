import { memo } from 'react';
import { formatCount, keyState, shardNow, type KeyState, type SampleKey } from './keySamples';

const W = 800;
const LEFT = 118;
const ROW = 18;
const TOP = 8;

const SHAPE_WORD: Record<KeyState, string> = {
  stays: 'stays put',
  waiting: 'will move',
  moved: 'moved',
};

interface Props {
  samples: readonly SampleKey[];
  /** Rows: the starting shards plus the one that joins (or would). */
  rows: number;
  phase: number;
  cutKey: number;
  keys: number;
  celebrity: boolean;
}

/**
 * Where 100 users spread over the key space live, one column each and one row per shard, at
 * the playhead. Users that change shard when a shard joins are drawn hollow where they are
 * until they have been copied, then as diamonds in their new row; shape carries the meaning.
 */
function KeyMapPicture({ samples, rows, phase, cutKey, keys, celebrity }: Props) {
  const cell = (W - LEFT - 8) / samples.length;
  const height = TOP + rows * ROW + 28;
  const rowY = (r: number) => TOP + r * ROW + ROW / 2;
  const states = samples.map((s) => keyState(s, phase, cutKey));
  const count = (st: KeyState) => states.filter((x) => x === st).length;
  const label =
    `Where ${samples.length} sample users live across ${rows} shards: ${count('stays')} stay put, ` +
    `${count('waiting')} will move, ${count('moved')} have moved.`;
  return (
    <svg className="key-map" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label}>
      {Array.from({ length: rows }, (_, r) => (
        <g key={r}>
          <rect
            x={LEFT}
            y={TOP + r * ROW}
            width={W - LEFT - 8}
            height={ROW}
            className={`km-row${r % 2 ? ' odd' : ''}`}
          />
          <text x={LEFT - 8} y={rowY(r) + 4} className="km-row-label">
            {r === rows - 1 ? `Shard ${r + 1} (new)` : `Shard ${r + 1}`}
          </text>
        </g>
      ))}
      {samples.map((s, i) => {
        const st = states[i]!;
        const x = LEFT + (i + 0.5) * cell;
        const y = rowY(shardNow(s, st));
        if (st === 'waiting')
          return (
            <g key={s.key} className="km-waiting">
              <line x1={x} y1={y} x2={x} y2={rowY(s.after)} className="km-path" />
              <rect x={x - 3} y={y - 3} width={6} height={6} />
            </g>
          );
        if (st === 'moved')
          return (
            <path key={s.key} className="km-moved" d={`M ${x} ${y - 5} l 5 5 l -5 5 l -5 -5 Z`} />
          );
        return (
          <rect key={s.key} className="km-stay" x={x - 2.5} y={y - 2.5} width={5} height={5} />
        );
      })}
      {celebrity && samples[0] && (
        <text
          x={LEFT + cell / 2}
          y={rowY(shardNow(samples[0], states[0]!)) - 4}
          className="km-star"
        >
          ★
        </text>
      )}
      <text x={LEFT} y={height - 6} className="km-axis">
        user 0
      </text>
      <text x={W - 8} y={height - 6} className="km-axis end">
        user {formatCount(keys - 1)}
      </text>
    </svg>
  );
}

/** Redrawn only when a key moves, not on every frame. */
export const KeyMap = memo(KeyMapPicture);

/** The key map's legend: shapes and words. */
export function KeyMapLegend() {
  return (
    <ul className="km-legend">
      {(['stays', 'waiting', 'moved'] as const).map((st) => (
        <li key={st}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            {st === 'moved' ? (
              <path className="km-moved" d="M 0 -5 l 5 5 l -5 5 l -5 -5 Z" />
            ) : st === 'waiting' ? (
              <rect className="km-waiting-mark" x={-3} y={-3} width={6} height={6} />
            ) : (
              <rect className="km-stay" x={-2.5} y={-2.5} width={5} height={5} />
            )}
          </svg>
          {SHAPE_WORD[st]}
        </li>
      ))}
    </ul>
  );
}
