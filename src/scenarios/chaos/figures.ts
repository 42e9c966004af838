import { ninesInWords, ninesOf, round, type Ms } from '../../engine';
import type { ChaosModel } from './model';

const secondsOrNull = (ms: Ms): number | null => (Number.isFinite(ms) ? round(ms / 1000, 1) : null);
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/** What a chaos run adds to the results (the CLI's --json and the page's download). */
export function chaosExtras(m: ChaosModel, until: Ms): Record<string, unknown> {
  const { meter, monkey, regions, users, health } = m;
  const a = meter.availability;
  const nines = ninesOf(a);
  const budget = meter.budget();
  const clients = users.map((u) => u.client);
  return {
    availability: round(a, 6),
    nines: Number.isFinite(nines) ? round(nines, 2) : null,
    ninesInWords: ninesInWords(a),
    slo: meter.slo,
    errorBudgetUsed: Number.isFinite(budget.used) ? round(budget.used, 4) : null,
    errorBudget: {
      allowedErrors: round(budget.allowed, 1),
      errors: budget.errors,
      plannedRequests: budget.planned,
    },
    recoverySeconds: secondsOrNull(meter.recoveryMs(until)),
    outageAtSeconds: secondsOrNull(meter.outageAt),
    attempts: sum(clients, (c) => c.attempts),
    retries: sum(clients, (c) => c.retries),
    timeouts: sum(clients, (c) => c.timeouts),
    lateAnswers: sum(clients, (c) => c.lateAnswers),
    answeredBy: {
      device: sum(clients, (c) => c.deviceHits),
      cdn: sum(users, (u) => u.edge?.hits ?? 0),
      appCache: sum(regions, (r) => r.cache.hits),
      database: sum(regions, (r) => r.db.stats!.served),
    },
    monkey: {
      kills: monkey.kills.length,
      heals: monkey.heals,
      idleTicks: monkey.idleTicks,
      victims: monkey.kills.map((k) => ({
        atS: round(k.at / 1000, 1),
        instance: k.name,
        healedAtS: secondsOrNull(k.healedAt),
      })),
    },
    regions: regions.map((r, i) => ({
      id: r.site.id,
      up: r.region.alive,
      dnsBelievesUp: health.believedUp(i),
      dnsChangedAtS: secondsOrNull(health.changedAt[i]!),
      instancesUp: r.instances.filter((s) => s.alive).length,
      requestsReceived: sum(users, (u) => u.router.sent[i]!),
    })),
    users: users.map((u) => ({
      city: u.site.users.id,
      home: u.site.id,
      answered: u.client.answered,
      errors: u.client.errors,
      sentTo: Object.fromEntries(regions.map((r, i) => [r.site.id, u.router.sent[i]!])),
    })),
  };
}
