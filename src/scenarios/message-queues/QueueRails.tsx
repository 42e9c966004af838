import { JOBS, queueName } from './jobs';
import { AT, MID_Y, rowY } from './layout';
import type { Live } from './live';

const TICKET_W = 11;
const TICKET_GAP = 4;
const MAX_TICKETS = 14;

/** RabbitMQ: an exchange copying each order into one queue per job, tickets waiting on each rail. */
export function QueueRails({ live }: { live: Live }) {
  const x1 = AT.broker.x1 - 16;
  return (
    <g className="mq-rails">
      <text x={(AT.broker.x0 + AT.broker.x1) / 2} y={22} className="mq-heading">
        RabbitMQ: one queue per job
      </text>
      <g transform={`translate(${AT.exchange.x} ${AT.exchange.y})`}>
        <polygon points="0,-16 16,0 0,16 -16,0" className="mq-exchange" />
        <text y={32} className="mq-note">
          exchange
        </text>
      </g>
      {JOBS.map((j, k) => {
        const q = live.node(queueName(j.id));
        const ready = q?.queued ?? 0;
        const unacked = q?.busy ?? 0;
        const y = rowY(k);
        const shown = Math.min(MAX_TICKETS, ready);
        return (
          <g key={j.id}>
            <line
              x1={AT.exchange.x + 16}
              y1={MID_Y}
              x2={AT.exchange.x + 40}
              y2={y}
              className="mq-wire"
            />
            <line x1={AT.exchange.x + 40} y1={y} x2={x1 + 8} y2={y} className="mq-rail" />
            {Array.from({ length: shown }, (_, i) => (
              <rect
                key={i}
                x={x1 - (i + 1) * (TICKET_W + TICKET_GAP)}
                y={y - 12}
                width={TICKET_W}
                height={16}
                rx={2}
                className="mq-ticket"
              />
            ))}
            {ready > MAX_TICKETS && (
              <text
                x={x1 - MAX_TICKETS * (TICKET_W + TICKET_GAP) - 6}
                y={y + 1}
                className="mq-more"
              >
                +{ready - MAX_TICKETS}
              </text>
            )}
            <text x={AT.exchange.x + 44} y={y + 20} className="mq-note mq-start">
              {`${j.short}: ${ready} waiting · ${unacked} unacked`}
            </text>
          </g>
        );
      })}
    </g>
  );
}
