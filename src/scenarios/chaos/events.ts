import { NODE_STRIDE, nodeField, type Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import { G } from './gauges';
import { instanceLabel, names, type RegionSite } from './sites';

/** Something that happened in a run, for the event list and the timeline strip. */
export interface ChaosEvent {
  /** Simulated ms. */
  t: number;
  kind: 'kill' | 'down' | 'back' | 'dns-down' | 'dns-up' | 'recovered';
  text: string;
  /** For kills: when the instance was up again (ms), NaN if not within what was computed. */
  backAt?: number;
}

/** The monkey's targets in its own order: every instance of every region. */
export const victimNames = (regions: readonly RegionSite[], instances: number): string[] =>
  regions.flatMap((r) => Array.from({ length: instances }, (_, k) => names.instance(r.id, k)));

/**
 * Reads the run's frames for the moments that matter: each kill (and when that instance came
 * back), regions going dark and returning, DNS changing its mind, and recovery. Frames are
 * 100 ms apart, so times are accurate to a tenth of a second.
 */
export function chaosEvents(
  layout: RunLayout,
  frames: readonly Frame[],
  regions: readonly RegionSite[],
  victims: readonly string[],
): ChaosEvent[] {
  const gauge = (name: string) => layout.gauges.findIndex((g) => g.name === name);
  const node = (name: string) => layout.nodes.findIndex((n) => n.name === name);
  const alive = (f: Frame, i: number) =>
    i < 0 || f.nodes[i * NODE_STRIDE + nodeField('alive')] === 1;
  const kills = gauge(G.kills);
  const victim = gauge(G.lastVictim);
  const recovery = gauge(G.recoveryS);
  const outage = gauge(G.outageAtS);
  const perRegion = regions.map((r) => ({
    name: r.name,
    up: gauge(G.regionUp(r.id)),
    dns: gauge(G.dnsUp(r.id)),
  }));
  const out: ChaosEvent[] = [];
  const open: Array<{ event: ChaosEvent; node: number }> = [];
  let prev: Frame | undefined;
  for (const f of frames) {
    const g = f.gauges;
    if (prev) {
      const p = prev.gauges;
      if (kills >= 0 && g[kills]! > p[kills]!) {
        const name = victims[g[victim]!] ?? '';
        const event: ChaosEvent = {
          t: f.t,
          kind: 'kill',
          text: `The monkey killed ${instanceLabel(name) ?? name}`,
          backAt: NaN,
        };
        out.push(event);
        open.push({ event, node: node(name) });
      }
      for (const r of perRegion) {
        if (r.up >= 0 && g[r.up] !== p[r.up])
          out.push(
            g[r.up]
              ? { t: f.t, kind: 'back', text: `${r.name} is back` }
              : { t: f.t, kind: 'down', text: `${r.name} went dark` },
          );
        if (r.dns >= 0 && g[r.dns] !== p[r.dns])
          out.push(
            g[r.dns]
              ? { t: f.t, kind: 'dns-up', text: `DNS counts ${r.name} as up again` }
              : {
                  t: f.t,
                  kind: 'dns-down',
                  text: `DNS health checks give up on ${r.name}: users start moving`,
                },
          );
      }
      if (recovery >= 0 && g[recovery]! >= 0 && !(p[recovery]! >= 0)) {
        const at = (g[outage]! + g[recovery]!) * 1000;
        out.push({ t: at, kind: 'recovered', text: 'Errors back within the target' });
      }
    }
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k]!;
      if (f.t > o.event.t && alive(f, o.node)) {
        o.event.backAt = f.t;
        open.splice(k, 1);
      }
    }
    prev = f;
  }
  return out.sort((a, b) => a.t - b.t);
}
