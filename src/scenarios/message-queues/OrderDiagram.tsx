import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { Legend, RequestCanvas } from '../../ui/dots';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { Box, Customers } from './Box';
import { gaugeName } from './figures';
import { JOBS, NAMES, type Mode } from './jobs';
import { AT, H, MID_Y, W, dotPositions, rowY } from './layout';
import { readLive, type Live } from './live';
import { LogPartitions } from './LogPartitions';
import { QueueRails } from './QueueRails';
import { WorkerRows } from './WorkerRows';

const DESIGN = {
  sync: 'then calls each of the five jobs in turn while the customer waits',
  rabbitmq: 'then publishes the order to RabbitMQ, which keeps one queue per job for its workers',
  kafka: 'then appends the order to a Kafka log that every job reads with its own workers',
} as const;

/** What the picture shows, in words, for screen readers. */
function describe(mode: Mode, live: Live): string {
  const waiting = JOBS.map((j) => `${j.short} ${live.gauge(gaugeName.backlog(j.id)) || 0}`);
  const provider = live.node(NAMES.provider);
  return (
    `Customers place orders with the order API, which charges the payment gateway, ${DESIGN[mode]}. ` +
    `Work waiting per job: ${waiting.join(', ')}. Email provider ${provider && !provider.alive ? 'down' : 'up'}.`
  );
}

/** The order system as a picture, with the moving orders drawn over it. */
export function OrderDiagram({ player }: { player: Player }) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const params = usePlayerState(player, (s) => s.params);
  const mode = params.mode as Mode;
  const consumers = params.consumers as number;
  const live = readLive(layout, frame);
  const positions = useMemo(() => dotPositions(mode, consumers), [mode, consumers]);
  const api = live.node(NAMES.api);
  const payment = live.node(NAMES.payment);
  const provider = live.node(NAMES.provider);
  const emailRow = JOBS.findIndex((j) => j.id === 'email');
  const emailFrom =
    mode === 'sync'
      ? AT.workers.x0 + (AT.workers.x1 - AT.workers.x0) / 2 + AT.service.w / 2
      : AT.workers.x1;
  return (
    <div className="diagram-wrap mq-diagram">
      <figure className="diagram" style={{ aspectRatio: `${W} / ${H}` }}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe(mode, live)}>
          <line x1={AT.customers.x + 20} y1={MID_Y} x2={AT.api.x} y2={MID_Y} className="mq-wire" />
          <line x1={AT.api.x} y1={MID_Y} x2={AT.payment.x} y2={AT.payment.y} className="mq-wire" />
          {mode === 'sync' ? (
            JOBS.map((j, k) => (
              <line
                key={j.id}
                x1={AT.api.x + AT.api.w / 2}
                y1={MID_Y}
                x2={AT.workers.x0}
                y2={rowY(k)}
                className="mq-wire mq-chain"
              />
            ))
          ) : (
            <line
              x1={AT.api.x + AT.api.w / 2}
              y1={MID_Y}
              x2={mode === 'kafka' ? AT.broker.x0 : AT.exchange.x - 16}
              y2={MID_Y}
              className="mq-wire"
            />
          )}
          <line
            x1={emailFrom}
            y1={rowY(emailRow)}
            x2={AT.provider.x}
            y2={AT.provider.y}
            className="mq-wire"
          />
          <Customers x={AT.customers.x} y={AT.customers.y} label="Customers" />
          <Box
            {...AT.api}
            label={mode === 'sync' ? '1. Order API' : 'Order API'}
            note={`${api?.busy ?? 0} in progress`}
            down={api ? !api.alive : false}
          />
          <Box
            {...AT.payment}
            label={mode === 'sync' ? '2. Payment' : 'Payment'}
            note={`${payment?.busy ?? 0} charging`}
            down={payment ? !payment.alive : false}
          />
          {mode === 'sync' && (
            <text x={(AT.broker.x0 + AT.broker.x1) / 2} y={H - 24} className="mq-note">
              No queue: the customer waits for every job
            </text>
          )}
          {mode === 'rabbitmq' && <QueueRails live={live} />}
          {mode === 'kafka' && (
            <LogPartitions live={live} partitions={params.partitions as number} />
          )}
          <WorkerRows live={live} mode={mode} consumers={consumers} />
          <Box
            {...AT.provider}
            label="Email"
            note="provider"
            down={provider ? !provider.alive : false}
          />
        </svg>
        <RequestCanvas player={player} positions={positions} height={H} label="Moving orders" />
      </figure>
      <Legend />
    </div>
  );
}
