import { counterGauge, levelGauge, type Gauge } from '../../engine';
import type { ReplicaModel } from './model';

/** Gauge names the view reads; per-node ones end in the member index ("behindMs-2"). */
export const G = {
  stale: 'staleReads',
  violations: 'rywViolations',
  lost: 'lostWrites',
  maxLag: 'maxLagMs',
  writeP99: 'writeP99',
  readP99: 'readP99',
  primary: 'primary',
  promoteAt: 'promoteAt',
  checks: 'followUps',
  checkMisses: 'followUpMisses',
  checkClient: 'checkClient',
  checkWriteAt: 'checkWriteAt',
  checkReadAt: 'checkReadAt',
  checkMember: 'checkMember',
  checkFresh: 'checkFresh',
  checkBehindMs: 'checkBehindMs',
  behindMs: (i: number) => `behindMs-${i}`,
  behindWrites: (i: number) => `behindWrites-${i}`,
} as const;

/** What the page charts and draws over time, read from the model at every frame. */
export function replicaGauges({ set, router, users, nodes }: ReplicaModel): Gauge[] {
  const level = levelGauge;
  const counter = counterGauge;
  const check = () => router.lastCheck;
  const perNode = nodes.flatMap((n) => [
    level(G.behindMs(n.member), `${n.name} behind`, 'ms', () => set.behind(n.member).ms),
    level(
      G.behindWrites(n.member),
      `${n.name} writes behind`,
      'writes',
      () => set.behind(n.member).writes,
    ),
  ]);
  return [
    counter(G.stale, 'Stale reads', 'reads', () => set.staleReads),
    counter(G.violations, 'Missed own write', 'reads', () => router.readYourWritesViolations),
    level(G.lost, 'Lost writes', 'writes', () => set.lostWrites),
    level(G.maxLag, 'Worst replica lag', 'ms', () =>
      nodes.reduce((m, n) => (n.alive ? Math.max(m, set.behind(n.member).ms) : m), 0),
    ),
    level(G.writeP99, 'Write p99 so far', 'ms', () => users.writeLatency.quantile(0.99)),
    level(G.readP99, 'Read p99 so far', 'ms', () => users.readLatency.quantile(0.99)),
    level(G.primary, 'Primary', 'node', () => set.primary),
    level(G.promoteAt, 'Promotion due', 'ms', () => set.promoteAt),
    counter(G.checks, 'Balance checks', 'reads', () => router.followUps),
    counter(G.checkMisses, 'Checks missing the transfer', 'reads', () => router.followUpViolations),
    level(G.checkClient, 'Last check: user', '', () => check()?.client ?? -1),
    level(G.checkWriteAt, 'Last check: transfer at', 'ms', () => check()?.writeAt ?? -1),
    level(G.checkReadAt, 'Last check: read at', 'ms', () => check()?.readAt ?? -1),
    level(G.checkMember, 'Last check: node', '', () => check()?.member ?? -1),
    level(G.checkFresh, 'Last check: fresh', '', () => (check()?.fresh ? 1 : 0)),
    level(G.checkBehindMs, 'Last check: node behind', 'ms', () => check()?.behindMs ?? 0),
    ...perNode,
  ];
}
