import { INSTANCE_BOX, ROW, MAP_H, type RegionColumn } from './layout';
import type { RegionNow } from './live';

const PANEL_PAD = 8;

/** A cross over a dead part: the shape says "down" as well as the colour and the word. */
function Cross({ x, y, r }: { x: number; y: number; r: number }) {
  return (
    <g className="chaos-cross" aria-hidden="true">
      <line x1={x - r} y1={y - r} x2={x + r} y2={y + r} />
      <line x1={x - r} y1={y + r} x2={x + r} y2={y - r} />
    </g>
  );
}

/** A box with a label inside, crossed out and marked DOWN when the part is dead. */
function PartBox(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  /** A shorter name for the down state, so "✕ … down" fits the box. */
  short?: string;
  up: boolean;
}) {
  const { x, y, w, h, label, short = label, up } = props;
  return (
    <g className={`chaos-part${up ? '' : ' is-down'}`}>
      <rect x={x - w / 2} y={y - h / 2} width={w} height={h} rx={6} />
      <text x={x} y={y + 5} textAnchor="middle">
        {up ? label : `✕ ${short} down`}
      </text>
    </g>
  );
}

/**
 * One region: its name and state, the load balancer, a row of instances (each numbered,
 * crossed out when dead) and the database with the application cache beside it.
 */
export function RegionPanel({
  col,
  now,
  appCache,
}: {
  col: RegionColumn;
  now: RegionNow;
  appCache: boolean;
}) {
  const left = col.x - col.half;
  const width = col.half * 2;
  const upCount = now.instancesUp.filter(Boolean).length;
  return (
    <g className={`chaos-region${now.up ? '' : ' is-down'}`} data-region={col.site.id}>
      <rect
        className="chaos-region-box"
        x={left}
        y={ROW.panelTop}
        width={width}
        height={MAP_H - ROW.panelTop - PANEL_PAD}
        rx={10}
      />
      <text className="chaos-region-name" x={left + 12} y={ROW.panelTop + 20}>
        {col.site.name}
      </text>
      <text
        className="chaos-region-state"
        x={left + width - 12}
        y={ROW.panelTop + 20}
        textAnchor="end"
      >
        {now.up ? `▲ up · ${upCount}/${now.instancesUp.length} instances` : '✕ REGION DOWN'}
      </text>
      <PartBox
        x={col.x}
        y={ROW.lb}
        w={140}
        h={30}
        label="Load balancer"
        short="Balancer"
        up={now.lbUp}
      />
      {col.instanceX.map((x, k) => {
        const up = now.instancesUp[k] ?? true;
        const half = INSTANCE_BOX / 2;
        return (
          <g key={k} className={`chaos-instance${up ? '' : ' is-down'}`} data-instance={k + 1}>
            <line
              className="chaos-wire"
              x1={col.x}
              y1={ROW.lb + 15}
              x2={x}
              y2={ROW.instances - half}
            />
            <rect
              x={x - half}
              y={ROW.instances - half}
              width={INSTANCE_BOX}
              height={INSTANCE_BOX}
              rx={4}
            />
            <text x={x} y={ROW.instances + 5} textAnchor="middle">
              {k + 1}
            </text>
            {!up && <Cross x={x} y={ROW.instances} r={half - 3} />}
            <text
              className="chaos-instance-state"
              x={x}
              y={ROW.instances + half + 14}
              textAnchor="middle"
            >
              {up ? 'up' : 'down'}
            </text>
          </g>
        );
      })}
      <PartBox
        x={appCache ? col.x - 45 : col.x}
        y={ROW.db}
        w={appCache ? 120 : 140}
        h={30}
        label="Database"
        short="DB"
        up={now.dbUp}
      />
      {appCache && (
        <PartBox
          x={col.x + 65}
          y={ROW.db}
          w={92}
          h={30}
          label="App cache"
          short="Cache"
          up={now.up}
        />
      )}
    </g>
  );
}
