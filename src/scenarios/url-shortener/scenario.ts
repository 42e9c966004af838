import { compileDesign } from '../../canvas/compile';
import { SAMPLE_DESIGNS, type SampleId } from '../../canvas/design/samples';
import type { Design } from '../../canvas/design/types';
import { jsonExtras, resultOf } from '../../canvas/loadtest/loadTest';
import type { ParamSpec, Params } from '../params';
import { bool, num, str, type Scenario } from '../scenario';

const DESIGNS = ['naive', 'cached', 'scaled'] as const satisfies readonly SampleId[];

const params: ParamSpec[] = [
  {
    name: 'design',
    kind: 'enum',
    label: 'Design',
    default: 'naive',
    options: DESIGNS,
    description:
      'Which sample design runs: naive (one server, one database), cached (two servers and a cache) or scaled (edge, limiter, balancer, cache, replicas, key ranges, analytics).',
  },
  {
    name: 'redirectsPerSec',
    kind: 'number',
    label: 'Redirects',
    default: 10_000,
    min: 0,
    max: 50_000,
    unit: 'req/s',
    description: 'Clicks on existing short links each second.',
  },
  {
    name: 'createsPerSec',
    kind: 'number',
    label: 'Creates',
    default: 100,
    min: 0,
    max: 5_000,
    unit: 'req/s',
    description: 'New short links made each second; each is clicked once soon after.',
  },
  {
    name: 'urls',
    kind: 'number',
    label: 'Links',
    default: 100_000_000,
    min: 1,
    max: 100_000_000_000,
    integer: true,
    scale: 'log',
    unit: 'links',
    description: 'Short links that already exist: the key space redirects are drawn from.',
  },
  {
    name: 'zipf',
    kind: 'number',
    label: 'Popularity skew',
    default: 1,
    min: 0,
    max: 3,
    description: 'Zipf exponent of link popularity: 0 all alike, 1 a few links get most clicks.',
  },
  {
    name: 'readNewLinksFromPrimary',
    kind: 'boolean',
    label: 'New links from the primary',
    default: false,
    description:
      'Read links made in the last 10 s from the primary (CP) instead of a lagging replica (AP).',
  },
];

/** The chosen sample with the workload from the parameters. */
export function designFor(p: Params, durationS: number): Design {
  const base = SAMPLE_DESIGNS[str<SampleId>(p, 'design')];
  return {
    ...base,
    workload: {
      redirectsPerSec: num(p, 'redirectsPerSec'),
      createsPerSec: num(p, 'createsPerSec'),
      urls: num(p, 'urls'),
      zipf: num(p, 'zipf'),
      durationS,
    },
    readNewLinksFromPrimary: bool(p, 'readNewLinksFromPrimary'),
  };
}

/**
 * The exercise's sample designs as a scenario, so `npm run sim -- url-shortener --set
 * design=scaled` runs them like any chapter. Designs of one's own run with `--design <file>`.
 */
export const urlShortener: Scenario = {
  id: 'url-shortener',
  title: 'Design a URL shortener',
  tagline: '100 million links, 10,000 redirects a second: which design holds?',
  order: 15,
  durationS: 10,
  params,
  notices(p) {
    const out: string[] = [];
    if (num(p, 'redirectsPerSec') === 0 && num(p, 'createsPerSec') === 0)
      out.push('No redirects and no creates: nothing will happen.');
    if (bool(p, 'readNewLinksFromPrimary') && str(p, 'design') !== 'scaled')
      out.push(
        'Only the scaled design has replicas; the others read everything from the primary anyway.',
      );
    if (num(p, 'createsPerSec') === 0)
      out.push('No creates, so no new links: "not found yet" stays 0.');
    return out;
  },
  build(p, ctx) {
    const design = designFor(p, ctx.durationMs / 1000);
    const c = compileDesign(design, {
      seed: ctx.seed,
      durationMs: ctx.durationMs,
      traceCapacity: ctx.traceCapacity,
    });
    // The samples are valid (tested), so this only fires if one is broken by an edit.
    if (!c.ok) throw new Error(`sample design "${design.name}": ${c.issues[0]!.message}`);
    const m = c.model;
    return {
      sim: m.sim,
      expectedRps: m.expectedRps,
      hopsPerRequest: 10,
      extras: (until) => jsonExtras(resultOf(design, m, until), m),
    };
  },
};
