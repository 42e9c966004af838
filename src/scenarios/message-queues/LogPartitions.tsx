import { gaugeName } from './figures';
import { DRAWN_PARTITIONS, JOBS } from './jobs';
import { JOB_COLORS } from './colors';
import { AT, H } from './layout';
import type { Live } from './live';

const WINDOW = 16;
const CELL = 13;
const LANE = 3;

/**
 * Kafka: the order log, one strip per partition holding its newest entries. Under each strip,
 * one lane per job (top to bottom R, D, E, A, L) shows the entries that job has not read yet:
 * its offset trails the end of the log by exactly that much.
 */
export function LogPartitions({ live, partitions }: { live: Live; partitions: number }) {
  const drawn = Math.min(DRAWN_PARTITIONS, partitions);
  const x0 = AT.broker.x0 + 34;
  const top = 44;
  const rowH = Math.min(46, (H - top - 60) / drawn);
  const stripX = (cell: number) => x0 + cell * CELL;
  return (
    <g className="mq-log">
      <text x={(AT.broker.x0 + AT.broker.x1) / 2} y={22} className="mq-heading">
        Kafka: one log, {partitions} partition{partitions === 1 ? '' : 's'}
      </text>
      <rect
        x={AT.broker.x0}
        y={top - 10}
        width={AT.broker.x1 - AT.broker.x0}
        height={drawn * rowH + 14}
        rx={6}
        className="mq-log-box"
      />
      {Array.from({ length: drawn }, (_, p) => {
        const end = live.gauge(gaugeName.end(p)) || 0;
        const y = top + p * rowH;
        const cells = Math.min(WINDOW, end);
        return (
          <g key={p}>
            <text x={AT.broker.x0 + 8} y={y + 10} className="mq-note mq-start">
              P{p}
            </text>
            {Array.from({ length: cells }, (_, c) => (
              <rect
                key={c}
                x={stripX(WINDOW - cells + c)}
                y={y}
                width={CELL - 2}
                height={12}
                rx={2}
                className="mq-entry"
              />
            ))}
            <text x={stripX(WINDOW) + 6} y={y + 10} className="mq-note mq-start">
              {`end ${end}`}
            </text>
            {JOBS.map((j, k) => {
              const lag = live.gauge(gaugeName.lag(j.id, p)) || 0;
              const n = Math.min(WINDOW, lag);
              const ly = y + 15 + k * (LANE + 1);
              return (
                <g key={j.id}>
                  {n > 0 && (
                    <rect
                      x={stripX(WINDOW - n)}
                      y={ly}
                      width={n * CELL - 2}
                      height={LANE}
                      fill={JOB_COLORS[k]}
                    />
                  )}
                  {lag > WINDOW && (
                    <text x={stripX(0) - 3} y={ly + 3} className="mq-tiny mq-end">
                      ◀
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      {partitions > drawn && (
        <text x={x0} y={top + drawn * rowH + 16} className="mq-note mq-start">
          {`+ ${partitions - drawn} more partitions not drawn`}
        </text>
      )}
      <g transform={`translate(${AT.broker.x0} ${H - 24})`} className="mq-lane-key">
        <text x={0} y={0} className="mq-note mq-start">
          Unread, per job:
        </text>
        {JOBS.map((j, k) => (
          <g key={j.id} transform={`translate(${96 + k * 46} 0)`}>
            <rect y={-8} width={12} height={LANE + 3} fill={JOB_COLORS[k]} />
            <text x={15} y={0} className="mq-note mq-start">
              {j.letter}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
}
