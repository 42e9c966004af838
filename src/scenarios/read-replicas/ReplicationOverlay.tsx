import { formatLatency } from '../../ui/charts';
import { G } from './gauges';
import { DIAGRAM_W, streamPath, type ReplicaLayout } from './layout';
import type { GaugeReader } from './useGauges';

const BOX_HALF_H = 48;

/** "up to date", "behind 3 writes · 180 ms", "down · 12 writes behind". */
export function behindText(writes: number, ms: number, alive: boolean): string {
  if (!Number.isFinite(writes)) return '';
  const w = `${writes} write${writes === 1 ? '' : 's'}`;
  if (!alive) return writes > 0 ? `down · ${w} behind` : 'down';
  return writes > 0 ? `behind ${w} · ${formatLatency(ms)}` : 'up to date';
}

interface Props {
  layout: ReplicaLayout;
  read: GaugeReader;
  primary: number;
  /** Which members are up, from the frame. */
  alive: readonly boolean[];
}

/**
 * The replication stream drawn over the diagram: an arrow from the primary to every other
 * copy, dashed where the copy is behind, and under each copy how far behind it is. Decorative
 * for screen readers: the same facts are in the diagram's label and the list beside it.
 */
export function ReplicationOverlay({ layout, read, primary, alive }: Props) {
  const { height, members } = layout;
  const from = members[primary];
  return (
    <svg
      className="rr-overlay"
      viewBox={`0 0 ${DIAGRAM_W} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <marker
          id="rr-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="rr-arrowhead" />
        </marker>
      </defs>
      {members.map((p, i) => {
        if (i === primary || !from) return null;
        const writes = read(G.behindWrites(i));
        const up = alive[i] ?? true;
        const lagging = writes > 0;
        return (
          <g key={i} className={`rr-stream${lagging ? ' is-behind' : ''}${up ? '' : ' is-down'}`}>
            <path d={streamPath(from, p, height)} markerEnd="url(#rr-arrow)" />
            <text x={p.x * DIAGRAM_W} y={p.y * height + BOX_HALF_H + 17} className="rr-behind">
              {behindText(writes, read(G.behindMs(i)), up)}
            </text>
          </g>
        );
      })}
      {from && members.length > 1 && (
        <text
          x={from.x * DIAGRAM_W}
          y={from.y * height + BOX_HALF_H + 17}
          className="rr-stream-caption"
        >
          copies every write to the replicas
        </text>
      )}
    </svg>
  );
}
