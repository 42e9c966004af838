import {
  NODE_STRIDE,
  nodeField,
  type Frame,
  type SeriesPoint,
  type TimedCommand,
} from '../../engine';
import type { RunLayout } from '../../player/chunk';

/** "server-2" -> "Server 2", "db" -> "Db": how parts are named aloud. */
export function spoken(name: string): string {
  const s = name.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const QUEUED = nodeField('queued');
const ALIVE = nodeField('alive');

/** A queue this long (and at least twice the part's workers) counts as overloaded. */
const overloadedAt = (capacity: number) => Math.max(10, 2 * capacity);

/**
 * What is worth saying between two consecutive frames: a part going down or coming back,
 * a part becoming overloaded or clearing its queue, interventions, and the error rate or p99
 * of the second just closed crossing a threshold. Pure, so it is tested without a browser.
 */
export function narrate(
  layout: RunLayout,
  prev: Frame,
  cur: Frame,
  commands: readonly TimedCommand[],
  lastSecond: SeriesPoint | undefined,
  prevSecond: SeriesPoint | undefined,
): string[] {
  const out: string[] = [];
  for (const c of commands) {
    if (c.at > prev.t && c.at <= cur.t)
      out.push(`${spoken(c.node)} ${verb(c)} at ${(c.at / 1000).toFixed(1)} s.`);
  }
  layout.nodes.forEach((n, i) => {
    const o = i * NODE_STRIDE;
    const wasAlive = prev.nodes[o + ALIVE] === 1;
    const isAlive = cur.nodes[o + ALIVE] === 1;
    if (
      wasAlive &&
      !isAlive &&
      !commands.some((c) => c.node === n.name && c.at > prev.t && c.at <= cur.t)
    )
      out.push(`${spoken(n.name)} is down.`);
    if (!wasAlive && isAlive) out.push(`${spoken(n.name)} is back up.`);
    const q0 = prev.nodes[o + QUEUED] ?? 0;
    const q1 = cur.nodes[o + QUEUED] ?? 0;
    const limit = overloadedAt(n.capacity);
    if (q0 < limit && q1 >= limit)
      out.push(`${spoken(n.name)} is overloaded: ${Math.round(q1)} waiting.`);
    if (q0 >= limit && q1 === 0) out.push(`${spoken(n.name)} has cleared its queue.`);
  });
  if (lastSecond && lastSecond !== prevSecond) {
    const was = prevSecond?.errorRate ?? 0;
    const now = lastSecond.errorRate;
    for (const level of [0.5, 0.05]) {
      if (was < level && now >= level) {
        out.push(`Errors rising: ${Math.round(now * 100)}% of requests failed in the last second.`);
        break;
      }
    }
    if (was >= 0.05 && now < 0.01) out.push('Errors have stopped.');
    const p0 = prevSecond?.p99Ms ?? 0;
    const p1 = lastSecond.p99Ms;
    for (const level of [10_000, 2000]) {
      if (p0 < level && p1 >= level) {
        out.push(
          `Slow: p99 is ${level >= 10_000 ? `${Math.round(p1 / 1000)} seconds` : `${(p1 / 1000).toFixed(1)} seconds`}.`,
        );
        break;
      }
    }
  }
  return out;
}

function verb(c: TimedCommand): string {
  switch (c.action) {
    case 'kill':
      return 'was killed';
    case 'restart':
      return 'was restarted';
    case 'slow':
      return `was slowed ${c.factor ?? 4} times`;
    case 'restore':
      return 'was restored';
  }
}
