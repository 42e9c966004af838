import type { Ms } from '../core/units';
import type { Component } from './component';

/** How a request (or one call of it) ended. Numbers, so traces can store them in typed arrays. */
export const Outcome = {
  pending: 0,
  ok: 1,
  rejected: 2,
  timedOut: 3,
  failed: 4,
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];
export const OUTCOME_NAMES = ['pending', 'ok', 'rejected', 'timedOut', 'failed'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];

export type RequestKind = 'read' | 'write';

/**
 * One user request, end to end. The source that created it records how it ended.
 * Components may annotate `heavy`, `value` and `note` for scenario-specific figures.
 */
export class Request {
  outcome: Outcome = Outcome.pending;
  /** Set once the source has recorded the end; later replies are ignored. */
  done = false;
  finishedAt: Ms = NaN;
  /** For a read, the version of the value it returned (used to count stale reads). */
  value = 0;
  /** A scenario's label, e.g. 1 for a heavy request. */
  tag = 0;
  /** A short reason for a failure or rejection, for traces and narration. */
  note = '';

  constructor(
    readonly id: number,
    readonly kind: RequestKind,
    readonly key: number,
    /** Index of the origin region (0 when the scenario has none). */
    readonly region: number,
    /** Which client or user sent it (for per-client limits and counts). */
    readonly client: number,
    readonly createdAt: Ms,
    readonly sampled: boolean,
  ) {}
}

/**
 * One hop of a request: `from` asked `to` to handle `req`, and `to` answers by replying to
 * this call. A component that passes the work on makes a child call whose `parent` is the
 * call it received, so a late reply from a killed branch can never corrupt another's path.
 */
export class Call {
  outcome: Outcome = Outcome.pending;
  replied = false;
  /** Version of the value the answer carries (reads), passed back up the chain. */
  value = 0;
  /**
   * The part holding this call in a worker, and its neighbours in that part's list of held
   * calls (oldest first). Server keeps this intrusive list instead of a Set<Call>: adding
   * and removing Set entries was the costliest step of a request.
   */
  heldBy: object | null = null;
  prevHeld: Call | null = null;
  nextHeld: Call | null = null;

  constructor(
    readonly req: Request,
    readonly from: Component,
    readonly to: Component,
    readonly sentAt: Ms,
    readonly parent: Call | null,
  ) {}
}
