import type { Positions } from '../../ui/dots';
import { JOBS, NAMES, consumerName, queueName, serviceName, type Mode } from './jobs';

/** The picture's coordinate box (viewBox units); everything else is placed inside it. */
export const W = 800;
export const H = 440;
const TOP = 56;
const ROW_H = 72;

/** Centre line of each job's row, top to bottom in JOBS order. */
export const rowY = (k: number): number => TOP + ROW_H / 2 + k * ROW_H;
export const MID_Y = rowY(2);

export const AT = {
  customers: { x: 45, y: MID_Y },
  api: { x: 145, y: MID_Y, w: 96, h: 64 },
  payment: { x: 145, y: H - 52, w: 96, h: 56 },
  /** The broker's area: queues or the log live between these. */
  broker: { x0: 212, x1: 548 },
  exchange: { x: 236, y: MID_Y },
  /** Workers of a job sit side by side in this span. */
  workers: { x0: 572, x1: 716, h: 40 },
  provider: { x: 762, y: rowY(2), w: 68, h: 56 },
  /** Sync mode draws each job as one service box in the workers' span. */
  service: { w: 144, h: 52 },
};

/** Left edge and width of worker i of n in a row. */
export function workerBox(i: number, n: number): { x: number; w: number } {
  const span = AT.workers.x1 - AT.workers.x0;
  const gap = n > 8 ? 1 : 4;
  const w = Math.max(2, (span - gap * (n - 1)) / n);
  return { x: AT.workers.x0 + i * (w + gap), w };
}

/** Where each part is on the moving-dots canvas, as fractions of the box. */
export function dotPositions(mode: Mode, consumers: number): Positions {
  const pos: Record<string, { x: number; y: number; halfWidth: number }> = {};
  const put = (name: string, x: number, y: number, halfWidth = 0) => {
    pos[name] = { x: x / W, y: y / H, halfWidth: halfWidth / W };
  };
  put(NAMES.customers, AT.customers.x, AT.customers.y);
  put(NAMES.rush, AT.customers.x, AT.customers.y);
  put(NAMES.api, AT.api.x, AT.api.y, AT.api.w / 2);
  put(NAMES.payment, AT.payment.x, AT.payment.y, AT.payment.w / 2);
  put(NAMES.provider, AT.provider.x, AT.provider.y, AT.provider.w / 2);
  put(NAMES.exchange, AT.exchange.x, AT.exchange.y);
  put(NAMES.log, AT.broker.x1, MID_Y);
  JOBS.forEach((j, k) => {
    const y = rowY(k);
    put(queueName(j.id), AT.broker.x1 - 8, y);
    const mid = (AT.workers.x0 + AT.workers.x1) / 2;
    if (mode === 'sync') put(serviceName(j.id), mid, y, AT.service.w / 2);
    else
      for (let i = 0; i < consumers; i++) {
        const b = workerBox(i, consumers);
        put(consumerName(j.id, i), b.x + b.w / 2, y, b.w / 2);
      }
  });
  return pos;
}
