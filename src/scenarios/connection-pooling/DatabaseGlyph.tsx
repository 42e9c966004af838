import type { PoolLive } from './livePool';

export const DB_W = 200;
export const DB_H = 150;
const BAR_W = DB_W - 40;

interface Props {
  cx: number;
  cy: number;
  live: PoolLive;
  cores: number;
  maxConnections: number;
}

/**
 * The database as two meters: queries running against its cores (past them the bar turns
 * dashed and says how many are sharing), and connections held against its limit.
 */
export function DatabaseGlyph({ cx, cy, live, cores, maxConnections }: Props) {
  const over = Math.max(0, live.dbActive - cores);
  const full = live.dbConnections >= maxConnections;
  return (
    <g
      className={`glyph shape-database${live.dbUp ? '' : ' is-down'}`}
      transform={`translate(${cx - DB_W / 2} ${cy - DB_H / 2})`}
    >
      <rect width={DB_W} height={DB_H} rx="24" className="glyph-box" />
      <text x={DB_W / 2} y="24" className="glyph-label">
        Database
      </text>
      {live.dbUp ? (
        <>
          <Meter y={36} value={live.dbActive} max={cores} alarm={over > 0} />
          <text x={DB_W / 2} y="74" className="glyph-note">
            {over > 0
              ? `${live.dbActive} queries on ${cores} cores`
              : `${live.dbActive} of ${cores} cores busy`}
          </text>
          <Meter y={86} value={live.dbConnections} max={maxConnections} alarm={full} />
          <text x={DB_W / 2} y="124" className="glyph-note">
            {`${live.dbConnections} / ${maxConnections} connections${full ? ' (full)' : ''}`}
          </text>
        </>
      ) : (
        <text x={DB_W / 2} y="84" className="glyph-note">
          DOWN
        </text>
      )}
    </g>
  );
}

/** A bar filled to value/max; in alarm it is drawn dashed and in the warning colour. */
function Meter({
  y,
  value,
  max,
  alarm,
}: {
  y: number;
  value: number;
  max: number;
  alarm: boolean;
}) {
  const fill = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <g aria-hidden="true" transform={`translate(20 ${y})`}>
      <rect width={BAR_W} height="16" rx="3" className={`cp-meter${alarm ? ' alarm' : ''}`} />
      <rect
        width={BAR_W * fill}
        height="16"
        rx="3"
        className={`cp-meter-fill${alarm ? ' alarm' : ''}`}
      />
    </g>
  );
}
