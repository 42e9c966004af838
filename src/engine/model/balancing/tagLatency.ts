import { LatencyHistogram, type LatencySummary } from '../../metrics/histogram';
import { Outcome, type Request } from '../../kernel/request';
import { TAG_HEAVY } from '../workload';

/**
 * Response times of answered requests, kept apart by type: the light requests that got stuck
 * behind a heavy one are the story of round-robin, and the overall p99 hides it when heavy
 * requests make up the slowest percent anyway. Feed it from a source's `onEnd`.
 */
export class TagLatency {
  readonly light = new LatencyHistogram();
  readonly heavy = new LatencyHistogram();

  record(req: Request): void {
    if (req.outcome !== Outcome.ok) return;
    const h = req.tag === TAG_HEAVY ? this.heavy : this.light;
    h.record(req.finishedAt - req.createdAt);
  }

  summary(): { light: LatencySummary; heavy: LatencySummary } {
    return { light: this.light.summary(), heavy: this.heavy.summary() };
  }
}
