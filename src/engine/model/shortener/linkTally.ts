import { LatencyHistogram } from '../../metrics/histogram';
import { Outcome } from '../../kernel/request';

/** How the requests of one kind (redirects, creates, early clicks) ended. */
export class KindTally {
  sent = 0;
  ok = 0;
  rejected = 0;
  timedOut = 0;
  failed = 0;
  /** Time from sending to the answer, for answers that came back ok. */
  readonly latency = new LatencyHistogram();

  record(outcome: Outcome, ms: number): void {
    switch (outcome) {
      case Outcome.ok:
        this.ok++;
        this.latency.record(ms);
        return;
      case Outcome.rejected:
        this.rejected++;
        return;
      case Outcome.timedOut:
        this.timedOut++;
        return;
      default:
        this.failed++;
    }
  }

  get ended(): number {
    return this.ok + this.rejected + this.timedOut + this.failed;
  }

  get errors(): number {
    return this.rejected + this.timedOut + this.failed;
  }

  get errorRate(): number {
    return this.ended > 0 ? this.errors / this.ended : 0;
  }
}

/** The URL shortener's own figures, shared by every part that counts something. */
export class LinkTally {
  readonly redirects = new KindTally();
  readonly creates = new KindTally();
  /** First clicks on links made during the run (also counted in `redirects`). */
  readonly fresh = new KindTally();
  /** Redirects answered "not found" because the link had not reached that copy yet. */
  notFoundYet = 0;
  /** Codes refused by the unique index: hash collisions, and codes handed out twice. */
  collisions = 0;
  duplicateCodes = 0;
  /** Codes stored for new links. */
  codesMade = 0;
  /** Click events published to the analytics queue. */
  published = 0;
  /** Redirects sent from `lateFromMs` on (e.g. after a failure has been noticed). */
  readonly late = new KindTally();
  lateFromMs = Infinity;
}
