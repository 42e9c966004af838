import { round, type Gauge, type RateLimiterNode, type Sim } from '../../engine';
import type { Params } from '../params';
import { num } from '../scenario';
import { clientName, idsOf, ROLE_LABELS, ROLES, roleOf, type Role } from './clients';
import { algorithmOf, allowedRps, serverCapacityRps, type GroupFigures } from './model';
import type { RoleTally } from './tally';

/**
 * What the run publishes beyond the engine's numbers: gauges per frame (what each kind of
 * client got through or had turned away, the steady users' live p99) and, at the end, the
 * per-group and per-client figures of `--json`.
 */
export function limiterFigures(
  sim: Sim,
  p: Params,
  limiter: RateLimiterNode,
  tallies: Record<Role, RoleTally>,
): { gauges: Gauge[]; extras: () => Record<string, unknown> } {
  const users = num(p, 'users');
  const count = (role: Role, field: 'accepted' | 'rejected') =>
    idsOf(role, users).reduce((s, id) => s + (limiter.countFor(id)?.[field] ?? 0), 0);
  const peak = (role: Role) =>
    Math.max(0, ...idsOf(role, users).map((id) => limiter.countFor(id)?.peak.max ?? 0));

  const gauges: Gauge[] = ROLES.flatMap((role): Gauge[] => [
    {
      name: `${role}-passed`,
      label: `${ROLE_LABELS[role]} let through`,
      unit: 'requests',
      kind: 'counter',
      read: () => count(role, 'accepted'),
    },
    {
      name: `${role}-limited`,
      label: `${ROLE_LABELS[role]} turned away (429)`,
      unit: 'requests',
      kind: 'counter',
      read: () => count(role, 'rejected'),
    },
  ]);
  gauges.push({
    name: 'steady-p99',
    label: 'Steady users: p99 over the last second',
    unit: 'ms',
    kind: 'level',
    read: () => tallies.steady.recentP99(sim.now),
  });

  const group = (role: Role): GroupFigures => {
    const t = tallies[role];
    return {
      clients: idsOf(role, users).length,
      accepted: count(role, 'accepted'),
      rejected: count(role, 'rejected'),
      answered: t.ok,
      errors: t.errors,
      errorRate: round(t.ended > 0 ? t.errors / t.ended : 0, 4),
      p50Ms: round(t.latency.quantile(0.5)),
      p99Ms: round(t.latency.quantile(0.99)),
      maxInAnyWindow: peak(role),
    };
  };

  const extras = () => ({
    limiter: {
      algorithm: algorithmOf(p),
      // null with no limiter: nothing caps a client.
      allowedRpsPerClient: Number.isFinite(allowedRps(p)) ? round(allowedRps(p)) : null,
      serverCapacityRps: round(serverCapacityRps(p)),
    },
    groups: Object.fromEntries(ROLES.map((role) => [role, group(role)])),
    clients: limiter.clientIds().map((id) => {
      const c = limiter.countFor(id)!;
      return {
        name: clientName(id),
        role: roleOf(id),
        accepted: c.accepted,
        rejected: c.rejected,
        maxInAnyWindow: c.peak.max,
      };
    }),
    maxInAnyWindow: Object.fromEntries(ROLES.map((role) => [role, peak(role)])),
  });
  return { gauges, extras };
}
