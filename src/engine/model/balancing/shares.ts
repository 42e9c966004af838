/**
 * Each entry's share of the total, 0..1. All zeros when the total is zero (nothing sent yet),
 * so a view can draw empty bars instead of dividing by zero.
 */
export function sharesOf(counts: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += Math.max(0, counts[i]!);
  const out = new Array<number>(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = total > 0 ? Math.max(0, counts[i]!) / total : 0;
  return out;
}

/** What a server is in a row of parts: enough to tell who could have taken a waiting request. */
export interface WorkerView {
  readonly alive: boolean;
  readonly workers: number;
  readonly inService: number;
  readonly queueLength: number;
}

/**
 * Requests standing in a line while a worker on another live server sits idle: the waste a
 * balancer that ignores load creates ("one server stuck on a monster request while others
 * sit idle"). A server with an idle worker never has a line itself, so while any live server
 * has one, every queued request counts; otherwise none does.
 */
export function strandedRequests(servers: readonly WorkerView[]): number {
  let idleSomewhere = false;
  let queued = 0;
  for (const s of servers) {
    if (!s.alive) continue;
    if (s.inService < s.workers) idleSomewhere = true;
    queued += s.queueLength;
  }
  return idleSomewhere ? queued : 0;
}
