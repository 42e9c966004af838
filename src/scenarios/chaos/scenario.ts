import { bool, num, type Scenario } from '../scenario';
import { chaosExtras } from './figures';
import { chaosGauges } from './gauges';
import { buildChaosModel } from './model';
import { params } from './params';
import { hopsPerRequest, regionCapacityRps, regionLoadRps } from './sizing';

export const chaos: Scenario = {
  id: 'chaos',
  title: 'Breaking things on purpose',
  tagline: 'A chaos monkey, a region going dark, and the nines that survive it',
  order: 13,
  durationS: 600,
  params,
  notices(p) {
    const out: string[] = [];
    const regions = num(p, 'regions');
    if (regions < 2 && bool(p, 'failover'))
      out.push('With one region, failover has nowhere to send anyone: it changes nothing.');
    if (regions < 2 && num(p, 'regionDownAtS') > 0)
      out.push('The only region goes dark: from then on nothing but the caches can answer.');
    if (!bool(p, 'failover'))
      out.push('Failover is off, so the detection time and the DNS TTL change nothing.');
    if (num(p, 'killEveryS') === 0)
      out.push(
        'The monkey is caged (a kill every 0 s), so “replace a killed instance” changes nothing.',
      );
    if (num(p, 'instances') === 1)
      out.push('One instance per region: each kill stops a whole region until it is replaced.');
    if (num(p, 'healthCheckS') === 0)
      out.push(
        'Balancer health checks are off: a dead instance keeps its share of requests until it is replaced.',
      );
    const load = regionLoadRps(p);
    const room = regionCapacityRps(p);
    if (load > room)
      out.push(
        `Each region gets about ${load.toFixed(1)} requests/s past the caches, but its instances finish at most ${room.toFixed(1)}/s: lines grow before anything breaks.`,
      );
    return out;
  },
  build(p, ctx) {
    const model = buildChaosModel(p, ctx);
    return {
      sim: model.sim,
      expectedRps: num(p, 'rps'),
      hopsPerRequest: hopsPerRequest(p),
      gauges: chaosGauges(model),
      extras: (until) => chaosExtras(model, until),
    };
  },
};
