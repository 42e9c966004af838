import type { PoolLive } from './livePool';

export const POOL_W = 180;
export const POOL_H = 140;
/** Up to this many connections are drawn one slot each; bigger pools get a stacked bar. */
const MAX_SLOTS = 40;
const COLS = 10;
const PITCH = 14;

export type SlotState = 'busy' | 'opening' | 'idle' | 'closed';

/** The state of each of the pool's `size` places: lent first, then opening, idle, unopened. */
export function slotStates(size: number, live: PoolLive): SlotState[] {
  const out: SlotState[] = [];
  for (let i = 0; i < size; i++) {
    if (i < live.inUse) out.push('busy');
    else if (i < live.inUse + live.opening) out.push('opening');
    else if (i < live.inUse + live.opening + live.idle) out.push('idle');
    else out.push('closed');
  }
  return out;
}

interface Props {
  cx: number;
  cy: number;
  live: PoolLive;
  /** The pool's size, or null when there is no pool. */
  size: number | null;
}

/** The pool as its connection slots: in use (filled), being opened (hatched), idle, unopened. */
export function PoolGlyph({ cx, cy, live, size }: Props) {
  const down = !live.poolUp;
  return (
    <g
      className={`glyph cp-pool${down ? ' is-down' : ''}`}
      transform={`translate(${cx - POOL_W / 2} ${cy - POOL_H / 2})`}
    >
      <rect width={POOL_W} height={POOL_H} rx="8" className="glyph-box" />
      <text x={POOL_W / 2} y="22" className="glyph-label">
        {size === null ? 'No pool' : 'Connection pool'}
      </text>
      {down ? (
        <text x={POOL_W / 2} y="76" className="glyph-note">
          DOWN
        </text>
      ) : size === null ? (
        <>
          <text x={POOL_W / 2} y="54" className="glyph-note">
            each request opens
          </text>
          <text x={POOL_W / 2} y="72" className="glyph-note">
            and closes its own
          </text>
        </>
      ) : size <= MAX_SLOTS ? (
        <Slots states={slotStates(size, live)} />
      ) : (
        <StackedBar size={size} live={live} />
      )}
      <text x={POOL_W / 2} y={POOL_H - 30} className="glyph-note">
        {size === null
          ? `opening ${live.opening} · in use ${live.inUse}`
          : `in use ${live.inUse} · idle ${live.idle}`}
      </text>
      {size !== null && (
        <text x={POOL_W / 2} y={POOL_H - 10} className="glyph-note">
          opening {live.opening} · waiting {live.waiting}
        </text>
      )}
    </g>
  );
}

function Slots({ states }: { states: SlotState[] }) {
  const cols = Math.min(COLS, states.length);
  const left = POOL_W / 2 - (cols * PITCH) / 2;
  return (
    <g aria-hidden="true">
      {states.map((s, i) => (
        <rect
          key={i}
          x={left + (i % COLS) * PITCH + 1.5}
          y={34 + Math.floor(i / COLS) * PITCH}
          width="11"
          height="11"
          rx="2"
          className={`cp-slot ${s}`}
        />
      ))}
    </g>
  );
}

function StackedBar({ size, live }: { size: number; live: PoolLive }) {
  const w = POOL_W - 30;
  const parts: Array<[SlotState, number]> = [
    ['busy', live.inUse],
    ['opening', live.opening],
    ['idle', live.idle],
  ];
  let x = 15;
  return (
    <g aria-hidden="true">
      <rect x="15" y="40" width={w} height="26" rx="3" className="cp-slot closed" />
      {parts.map(([state, count]) => {
        const width = (w * Math.min(count, size)) / size;
        const at = x;
        x += width;
        return width > 0 ? (
          <rect
            key={state}
            x={at}
            y="40"
            width={width}
            height="26"
            className={`cp-slot ${state}`}
          />
        ) : null;
      })}
      <text x={POOL_W / 2} y="84" className="glyph-note">
        of {size} connections
      </text>
    </g>
  );
}
