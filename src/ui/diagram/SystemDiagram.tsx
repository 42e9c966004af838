import { useMemo, type ReactNode } from 'react';
import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../hooks/usePlayer';
import { Legend, RequestCanvas, type Positions } from '../dots';
import { liveNodeState } from './liveNode';
import { BOX_W, NodeGlyph } from './NodeGlyph';
import type { DiagramNode, DiagramWire } from './types';

const W = 800;

interface Props {
  player: Player;
  nodes: readonly DiagramNode[];
  wires: readonly DiagramWire[];
  /** Diagram height in viewBox units (width is 800); sets the aspect ratio. */
  height: number;
  /** What the picture shows, for screen readers. */
  label: string;
  children?: ReactNode;
}

function positionsFrom(key: string): Positions {
  const list = JSON.parse(key) as Array<[string, number, number, number]>;
  return Object.fromEntries(list.map(([name, x, y, halfWidth]) => [name, { x, y, halfWidth }]));
}

/**
 * The system as a picture: parts and wires in SVG (a few elements, re-rendered per frame),
 * and every moving request on one canvas laid exactly over it.
 */
export function SystemDiagram({ player, nodes, wires, height, label, children }: Props) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const at = (name: string) => nodes.find((n) => n.name === name);
  // Views build their node list on every render; the canvas only needs new positions when
  // one actually moves, so key the memo by the positions as text.
  const key = JSON.stringify(
    nodes.map((n) => [n.name, n.x, n.y, n.shape === 'clients' ? 0 : BOX_W / 2 / W]),
  );
  const positions = useMemo(() => positionsFrom(key), [key]);
  return (
    <div className="diagram-wrap">
      <figure className="diagram" style={{ aspectRatio: `${W} / ${height}` }}>
        <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label}>
          {wires.map((w) => {
            const a = at(w.from);
            const b = at(w.to);
            if (!a || !b) return null;
            return (
              <line
                key={`${w.from}-${w.to}`}
                className="wire"
                x1={a.x * W}
                y1={a.y * height}
                x2={b.x * W}
                y2={b.y * height}
              />
            );
          })}
          {nodes.map((n) => (
            <NodeGlyph
              key={n.name}
              node={n}
              live={liveNodeState(layout, frame, n.name)}
              width={W}
              height={height}
            />
          ))}
        </svg>
        <RequestCanvas
          player={player}
          positions={positions}
          height={height}
          label="Moving requests"
        />
        {children}
      </figure>
      <Legend />
    </div>
  );
}
