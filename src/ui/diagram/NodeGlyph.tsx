import type { DiagramNode } from './types';
import type { LiveNodeState } from './liveNode';

export const BOX_W = 150;
export const BOX_H = 96;
const MAX_SLOTS = 16;

/** One part of the system in SVG, with its live load: busy workers, waiting line, up or down. */
export function NodeGlyph({
  node,
  live,
  width,
  height,
}: {
  node: DiagramNode;
  live: LiveNodeState | null;
  width: number;
  height: number;
}) {
  const cx = node.x * width;
  const cy = node.y * height;
  const down = live !== null && !live.alive;
  if (node.shape === 'clients') {
    return (
      <g className="glyph shape-clients" transform={`translate(${cx} ${cy})`}>
        {[-22, 0, 22].map((dx, i) => (
          <g key={i} transform={`translate(${dx} ${i === 1 ? -8 : 4})`} aria-hidden="true">
            <circle r="9" cy="-14" />
            <path d="M -15 12 Q 0 -8 15 12 Z" />
          </g>
        ))}
        <text y="42" className="glyph-label">
          {node.label}
        </text>
        {node.note && (
          <text y="62" className="glyph-note">
            {node.note}
          </text>
        )}
      </g>
    );
  }
  const cap = live?.capacity ?? 0;
  const busy = live?.busy ?? 0;
  const slots = cap > 0 && cap <= MAX_SLOTS ? cap : 0;
  const cols = Math.min(8, slots);
  return (
    <g
      className={`glyph shape-${node.shape}${down ? ' is-down' : ''}`}
      transform={`translate(${cx - BOX_W / 2} ${cy - BOX_H / 2})`}
    >
      <rect
        width={BOX_W}
        height={BOX_H}
        rx={node.shape === 'database' ? 24 : 8}
        className="glyph-box"
      />
      <text x={BOX_W / 2} y="22" className="glyph-label">
        {node.label}
      </text>
      {slots > 0 &&
        Array.from({ length: slots }, (_, i) => (
          <rect
            key={i}
            x={BOX_W / 2 - (cols * 14) / 2 + (i % cols) * 14 + 2}
            y={34 + Math.floor(i / cols) * 14}
            width="10"
            height="10"
            rx="2"
            className={i < busy ? 'slot busy' : 'slot'}
          />
        ))}
      {cap > MAX_SLOTS && (
        <g transform="translate(15 36)">
          <rect width={BOX_W - 30} height="12" rx="3" className="slot" />
          <rect
            width={((BOX_W - 30) * Math.min(busy, cap)) / cap}
            height="12"
            rx="3"
            className="slot busy"
          />
        </g>
      )}
      <text x={BOX_W / 2} y={BOX_H - 14} className="glyph-note">
        {down
          ? 'DOWN'
          : cap > 0
            ? `busy ${busy}/${cap} · waiting ${live?.queued ?? 0}`
            : (node.note ?? '')}
      </text>
    </g>
  );
}
