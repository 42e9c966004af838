import { gaugeName } from './figures';
import { JOBS, consumerName, serviceName, type Mode } from './jobs';
import { Box } from './Box';
import { AT, rowY, workerBox } from './layout';
import type { Live } from './live';

const WAITING = { sync: 'in line', rabbitmq: 'in queue', kafka: 'unread' } as const;

/**
 * The five jobs, one row each. With a queue, each worker is its own box: filled while it works,
 * dashed and crossed when it is down, with the messages it holds. In sync mode each job is one
 * service the API calls in turn, numbered in calling order.
 */
export function WorkerRows({
  live,
  mode,
  consumers,
}: {
  live: Live;
  mode: Mode;
  consumers: number;
}) {
  const mid = (AT.workers.x0 + AT.workers.x1) / 2;
  return (
    <g className="mq-workers">
      <text x={mid} y={22} className="mq-heading">
        {mode === 'sync' ? 'Services, called in turn' : `Workers (${consumers} per job)`}
      </text>
      {JOBS.map((j, k) => {
        const y = rowY(k);
        const waiting = live.gauge(gaugeName.backlog(j.id));
        const head = `${j.short}: ${Number.isFinite(waiting) ? waiting : 0} ${WAITING[mode]}`;
        if (mode === 'sync') {
          const s = live.node(serviceName(j.id));
          return (
            <Box
              key={j.id}
              x={mid}
              y={y}
              w={AT.service.w}
              h={AT.service.h}
              label={`${k + 3}. ${j.short}`}
              note={`busy ${s?.busy ?? 0}/${consumers} · waiting ${s?.queued ?? 0}`}
              down={s ? !s.alive : false}
              busy={(s?.busy ?? 0) > 0}
            />
          );
        }
        return (
          <g key={j.id}>
            <text x={AT.workers.x0} y={y - AT.workers.h / 2 - 6} className="mq-note mq-start">
              {head}
            </text>
            {Array.from({ length: consumers }, (_, i) => {
              const c = live.node(consumerName(j.id, i));
              const b = workerBox(i, consumers);
              const down = c ? !c.alive : false;
              const held = (c?.busy ?? 0) + (c?.queued ?? 0);
              return (
                <g
                  key={i}
                  className={`mq-worker${down ? ' is-down' : ''}${c?.busy ? ' is-busy' : ''}`}
                >
                  <rect x={b.x} y={y - AT.workers.h / 2} width={b.w} height={AT.workers.h} rx={3} />
                  {b.w >= 14 && (
                    <text x={b.x + b.w / 2} y={y + 5} className="mq-tiny">
                      {down ? '✕' : held > 0 ? held : ''}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
