import type { Ms } from '../../core/units';
import { LatencyHistogram } from '../../metrics/histogram';
import { Outcome, type Request } from '../../kernel/request';
import type { PartitionWindows } from './partitionWindows';

/** Counts for one group of orders (a city, a kind, a phase). */
export interface OrderCounts {
  ended: number;
  answered: number;
  /** Refused or failed: the customer got no menu. */
  refused: number;
}

const counts = (): OrderCounts => ({ ended: 0, answered: 0, refused: 0 });

const add = (c: OrderCounts, ok: boolean): void => {
  c.ended++;
  if (ok) c.answered++;
  else c.refused++;
};

/** Answered over ended, 0..1; NaN when nothing ended. */
export const availabilityOf = (c: OrderCounts): number =>
  c.ended > 0 ? c.answered / c.ended : NaN;

/**
 * How the customers fared, as their sources see it: availability per city, during and
 * outside partitions (by when the order was placed), and latency by kind of order. A
 * request's `client` is its city.
 */
export class OrderTally {
  readonly all = counts();
  readonly split = counts();
  readonly calm = counts();
  readonly byCity: OrderCounts[];
  readonly byCitySplit: OrderCounts[];
  readonly readLatency = new LatencyHistogram();
  readonly writeLatency = new LatencyHistogram();
  readonly cityLatency: LatencyHistogram[];
  /** Writes confirmed while the network was split. */
  splitWrites = 0;

  constructor(
    cities: number,
    private readonly windows: PartitionWindows,
  ) {
    this.byCity = Array.from({ length: cities }, counts);
    this.byCitySplit = Array.from({ length: cities }, counts);
    this.cityLatency = Array.from({ length: cities }, () => new LatencyHistogram());
  }

  /** A source's onEnd: called once per order when its customer hears back. */
  readonly record = (req: Request): void => {
    const ok = req.outcome === Outcome.ok;
    const split = this.windows.covers(req.createdAt);
    add(this.all, ok);
    add(split ? this.split : this.calm, ok);
    const city = this.byCity[req.client];
    if (city) add(city, ok);
    if (split) {
      const c = this.byCitySplit[req.client];
      if (c) add(c, ok);
      if (ok && req.kind === 'write') this.splitWrites++;
    }
    if (!ok) return;
    const ms: Ms = req.finishedAt - req.createdAt;
    (req.kind === 'read' ? this.readLatency : this.writeLatency).record(ms);
    this.cityLatency[req.client]?.record(ms);
  };
}
