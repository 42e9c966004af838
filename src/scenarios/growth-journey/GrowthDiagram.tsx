import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { Legend, RequestCanvas, type Positions } from '../../ui/dots';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import type { Part, Picture } from './layout';

const W = 800;
const H = 420;
const BOX_W = 92;
const BOX_H = 50;

/** Each part's place, and the same place for the parts drawn with it. */
function positionsOf(parts: readonly Part[]): Positions {
  const out: Record<string, { x: number; y: number; halfWidth: number }> = {};
  for (const p of parts) {
    const place = { x: p.x, y: p.y, halfWidth: p.kind === 'users' ? 0 : BOX_W / 2 / W };
    out[p.name] = place;
    for (const a of p.also ?? []) out[a] = place;
  }
  return out;
}

/**
 * The whole system in small boxes (the shared diagram's boxes are too wide for ten columns):
 * each with how busy it is as a bar and in words, and DOWN when killed; requests move over it.
 */
export function GrowthDiagram({ player, picture }: { player: Player; picture: Picture }) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const key = JSON.stringify(picture.parts.map((p) => [p.name, p.x, p.y, p.also]));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the places as text
  const positions = useMemo(() => positionsOf(picture.parts), [key]);
  const at = (name: string) => picture.parts.find((p) => p.name === name);
  return (
    <div className="diagram-wrap">
      <figure className="diagram gj-diagram" style={{ aspectRatio: `${W} / ${H}` }}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={picture.label}>
          {picture.wires.map(([from, to]) => {
            const a = at(from);
            const b = at(to);
            if (!a || !b) return null;
            return (
              <line
                key={`${from}-${to}`}
                className="wire"
                x1={a.x * W}
                y1={a.y * H}
                x2={b.x * W}
                y2={b.y * H}
              />
            );
          })}
          {picture.parts.map((p) => {
            const live = liveNodeState(layout, frame, p.name);
            const cx = p.x * W;
            const cy = p.y * H;
            if (p.kind === 'users')
              return (
                <g key={p.name} className="gj-users" transform={`translate(${cx} ${cy})`}>
                  <circle r="9" cy="-10" aria-hidden="true" />
                  <path d="M -14 14 Q 0 -4 14 14 Z" aria-hidden="true" />
                  <text y="30" className="gj-label">
                    {p.label}
                  </text>
                  {p.note && (
                    <text y="44" className="gj-note">
                      {p.note}
                    </text>
                  )}
                </g>
              );
            const down = live !== null && !live.alive;
            const share = live && live.capacity > 0 ? Math.min(1, live.busy / live.capacity) : 0;
            const words = down
              ? 'DOWN'
              : live && live.capacity > 0
                ? `${Math.round(share * 100)}% busy${live.queued > 0 ? ` · ${live.queued} wait` : ''}`
                : (p.note ?? '');
            return (
              <g
                key={p.name}
                className={`gj-part gj-${p.kind}${down ? ' is-down' : ''}${share >= 0.85 ? ' is-hot' : ''}`}
                transform={`translate(${cx - BOX_W / 2} ${cy - BOX_H / 2})`}
              >
                <rect
                  width={BOX_W}
                  height={BOX_H}
                  rx={p.kind === 'db' ? 14 : 6}
                  className="gj-box"
                />
                <text x={BOX_W / 2} y="15" className="gj-label">
                  {p.label}
                </text>
                <rect x="8" y="21" width={BOX_W - 16} height="7" rx="2" className="gj-bar" />
                <rect
                  x="8"
                  y="21"
                  width={(BOX_W - 16) * share}
                  height="7"
                  rx="2"
                  className="gj-bar-fill"
                />
                <text x={BOX_W / 2} y="42" className="gj-note">
                  {words}
                </text>
              </g>
            );
          })}
        </svg>
        <RequestCanvas player={player} positions={positions} height={H} label="Moving requests" />
      </figure>
      <Legend />
    </div>
  );
}
