import {
  EdgeServer,
  LoadBalancer,
  RateLimiterNode,
  Spread,
  TAG_FRESH,
  constant,
  type Component,
  type LimiterSettings,
} from '../../engine';
import { EDGE_WORKERS } from '../design/assumptions';
import { nextParts, type PartOf } from '../design/graph';
import type { Part, Region } from '../design/types';
import type { AppParts } from './apps';
import type { CompileContext } from './context';
import { toOriginMs } from './regions';

/**
 * The parts between users and app servers: CDN edges (one per region of users they serve),
 * rate limiters and load balancers. `entry(part, region)` is where a request for that part
 * arrives; a part wired to several next parts spreads over them in turn.
 */
export class FrontParts {
  private readonly built = new Map<string, Component>();

  constructor(
    private readonly cx: CompileContext,
    private readonly apps: AppParts,
  ) {}

  entry(p: Part, region: Region): Component {
    if (p.kind === 'app') return this.once(p.id, () => this.apps.entry(p));
    if (p.kind === 'balancer') return this.once(p.id, () => this.balancer(p));
    if (p.kind === 'limiter') return this.once(p.id, () => this.limiter(p, region));
    if (p.kind === 'cdn') return this.once(`${p.id}.${region}`, () => this.edge(p, region));
    throw new Error(`${this.cx.graph.nameOf(p.id)} cannot take requests from users`);
  }

  private once(key: string, make: () => Component): Component {
    let c = this.built.get(key);
    if (!c) this.built.set(key, (c = make()));
    return c;
  }

  /** What a part passes requests on to: its one next part, or a spread over several. */
  private onward(p: Part, region: Region): Component {
    const next = nextParts(this.cx.graph, p.id).map((n) => this.entry(n, region));
    return next.length === 1 ? next[0]! : new Spread(this.cx.sim, `${p.id}.${region}/next`, next);
  }

  private balancer(p: PartOf<'balancer'>): Component {
    const backends = nextParts(this.cx.graph, p.id).flatMap((a) =>
      a.kind === 'app' ? this.apps.servers(a) : [],
    );
    return this.cx.own(
      p.id,
      new LoadBalancer(this.cx.sim, {
        name: p.id,
        strategy: p.props.strategy,
        backends,
        healthCheckMs: p.props.healthCheckMs,
      }),
    );
  }

  private limiter(p: PartOf<'limiter'>, region: Region): Component {
    const perSec = p.props.perClientPerSec;
    const settings: LimiterSettings = {
      limit: Math.max(1, Math.round(perSec)),
      windowMs: 1000,
      capacity: p.props.burst,
      refillPerSec: perSec,
    };
    return this.cx.own(
      p.id,
      new RateLimiterNode(this.cx.sim, {
        name: p.id,
        algorithm: p.props.algorithm,
        settings,
        target: this.onward(p, region),
        peakWindowMs: 1000,
      }),
    );
  }

  private edge(p: PartOf<'cdn'>, region: Region): Component {
    const draws = this.cx.sim.rng.stream(`${p.id}.${region}/holds`);
    const existing = this.cx.book.existing;
    const origin = this.onward(p, region);
    const edge = new EdgeServer(this.cx.sim, {
      name: `${p.id}.${region}`,
      workers: EDGE_WORKERS,
      queueLimit: Infinity,
      service: constant(p.props.edgeMs),
      origin,
      hitRatio: p.props.hitRatio,
      // Only redirects for links the edge has seen can hit; creates and new links go through.
      holds: (req) =>
        req.kind === 'read' &&
        req.tag !== TAG_FRESH &&
        req.key <= existing &&
        draws.next() < p.props.hitRatio,
    });
    this.cx.sim.link(edge, origin, () => toOriginMs(region));
    return this.cx.own(p.id, edge);
  }
}
