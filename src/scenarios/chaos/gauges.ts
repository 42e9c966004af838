import { counterGauge, levelGauge, type Gauge } from '../../engine';
import type { ChaosModel } from './model';

/** Gauge names the view reads; per-region ones end in the region id, per-city in the city id. */
export const G = {
  availability: 'availability',
  budgetLeft: 'budgetLeftPct',
  recoveryS: 'recoveryS',
  outageAtS: 'outageAtS',
  kills: 'monkeyKills',
  lastVictim: 'lastVictim',
  requests: 'networkRequests',
  attempts: 'attempts',
  fromDevice: 'fromDevice',
  fromCdn: 'fromCdn',
  fromAppCache: 'fromAppCache',
  fromDatabase: 'fromDatabase',
  regionUp: (id: string) => `regionUp-${id}`,
  dnsUp: (id: string) => `dnsUp-${id}`,
  toRegion: (id: string) => `toRegion-${id}`,
  shareTo: (id: string) => `shareTo-${id}`,
  dnsTo: (usersId: string) => `dnsTo-${usersId}`,
  dnsFrom: (usersId: string) => `dnsFrom-${usersId}`,
  dnsMoved: (usersId: string) => `dnsMoved-${usersId}`,
} as const;

const level = levelGauge;
const counter = counterGauge;
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/** What the page draws and charts over time, read from the model at every frame. */
export function chaosGauges(m: ChaosModel): Gauge[] {
  const { sim, meter, monkey, regions, users, health } = m;
  /** Share of all users whose DNS answer names region i now: a smooth ramp while a change spreads. */
  const shareTo = (i: number): number => {
    let share = 0;
    for (const u of users) {
      const r = u.router;
      r.catchUp();
      const moved = r.from === r.to ? 1 : r.shareMoved();
      if (r.to === i) share += moved;
      else if (r.from === i) share += 1 - moved;
    }
    return (100 * share) / Math.max(1, users.length);
  };
  const perRegion = regions.flatMap((r, i) => [
    level(G.regionUp(r.site.id), `${r.site.name} up`, '', () => (r.region.alive ? 1 : 0)),
    level(G.dnsUp(r.site.id), `DNS counts ${r.site.name} as up`, '', () =>
      health.believedUp(i) ? 1 : 0,
    ),
    counter(G.toRegion(r.site.id), `Sent to ${r.site.name}`, 'requests', () =>
      sum(users, (u) => u.router.sent[i]!),
    ),
    level(G.shareTo(r.site.id), `Users sent to ${r.site.name}`, '%', () => shareTo(i)),
  ]);
  const perCity = users.flatMap((u) => {
    const id = u.site.users.id;
    return [
      level(G.dnsTo(id), `DNS sends ${u.site.users.name} to`, 'region', () => {
        u.router.catchUp();
        return u.router.to;
      }),
      level(G.dnsFrom(id), `${u.site.users.name} was sent to`, 'region', () => u.router.from),
      level(G.dnsMoved(id), `${u.site.users.name} users moved`, '', () => u.router.shareMoved()),
    ];
  });
  return [
    level(G.availability, 'Availability so far', '%', () => meter.availability * 100),
    level(G.budgetLeft, 'Error budget left', '%', () => meter.budget().left * 100),
    level(G.recoveryS, 'Time to recover', 's', () => {
      const ms = meter.recoveryMs(sim.now);
      return Number.isNaN(ms) ? -1 : ms / 1000;
    }),
    level(G.outageAtS, 'Outage began', 's', () =>
      Number.isNaN(meter.outageAt) ? -1 : meter.outageAt / 1000,
    ),
    level(G.kills, 'Monkey kills', 'kills', () => monkey.kills.length),
    level(G.lastVictim, 'Last victim', 'instance', () => monkey.lastVictim),
    counter(G.requests, 'Requests past the device cache', 'requests', () =>
      sum(users, (u) => u.client.sent - u.client.deviceHits),
    ),
    counter(G.attempts, 'Attempts sent', 'requests', () => sum(users, (u) => u.client.attempts)),
    counter(G.fromDevice, 'Device cache', 'requests', () => sum(users, (u) => u.client.deviceHits)),
    counter(G.fromCdn, 'CDN edge', 'requests', () => sum(users, (u) => u.edge?.hits ?? 0)),
    counter(G.fromAppCache, 'App cache', 'requests', () => sum(regions, (r) => r.cache.hits)),
    counter(G.fromDatabase, 'Database', 'requests', () => sum(regions, (r) => r.db.stats!.served)),
    ...perRegion,
    ...perCity,
  ];
}
