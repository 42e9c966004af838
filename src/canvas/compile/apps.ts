import { LinkApp, Server, Spread, lognormal, type Component } from '../../engine';
import { APP_QUEUE_LIMIT, MAX_CREATE_TRIES } from '../design/assumptions';
import { appLinks, type PartOf } from '../design/graph';
import { codeMaker, uniqueIndex } from './codeMakers';
import type { CompileContext } from './context';
import type { DataParts } from './data';

/**
 * App servers: each instance is a Server (workers, a line, kill) whose downstream is its own
 * LinkApp, so a worker is held while the request waits on the cache and the database. Each
 * instance keeps its own code maker (its own key range). One unique index serves the design.
 */
export class AppParts {
  private readonly instances = new Map<string, Server[]>();
  private readonly index: ReturnType<typeof uniqueIndex>;

  constructor(
    private readonly cx: CompileContext,
    private readonly data: DataParts,
  ) {
    const keygens = [...cx.graph.parts.values()].filter((p) => p.kind === 'keygen');
    const strategy =
      keygens.length > 0 && keygens[0]!.kind === 'keygen' ? keygens[0]!.props.strategy : 'hash';
    this.index = uniqueIndex(strategy, cx.book.existing, cx.sim.rng.stream('codes/old-links'));
  }

  get registry() {
    return this.index.registry;
  }

  /** The instances of an app part (built on first use). */
  servers(app: PartOf<'app'>): Server[] {
    const have = this.instances.get(app.id);
    if (have) return have;
    const cx = this.cx;
    const l = appLinks(cx.graph, app);
    if (!l.store) throw new Error(`${cx.graph.nameOf(app.id)} reach no database`);
    const store = this.data.store(l.store, l.readers !== null);
    const cache = l.cache ? this.data.cache(l.cache) : null;
    const keygen = l.keygen ? this.data.keygen(l.keygen) : null;
    const queue = l.queue ? this.data.queue(l.queue) : null;
    const strategy = l.keygen?.props.strategy ?? 'hash';
    const out: Server[] = [];
    for (let i = 1; i <= app.props.instances; i++) {
      const name = `${app.id}.${i}`;
      const logic = new LinkApp(cx.sim, {
        name: `${name}/logic`,
        cache,
        store,
        keygen,
        queue,
        codes: codeMaker(strategy, l.keygen?.props.rangeSize ?? 1, keygen !== null),
        claim: this.index.claim,
        maxTries: MAX_CREATE_TRIES,
        tally: cx.tally,
      });
      const server = new Server(cx.sim, {
        name,
        workers: app.props.workers,
        queueLimit: APP_QUEUE_LIMIT,
        service: lognormal(app.props.serviceMs, 0.5),
        downstream: logic,
      });
      out.push(cx.own(app.id, server));
    }
    this.instances.set(app.id, out);
    return out;
  }

  /** Where requests for an app part go when nothing balances them: DNS round robin. */
  entry(app: PartOf<'app'>): Component {
    const s = this.servers(app);
    return s.length === 1 ? s[0]! : new Spread(this.cx.sim, `${app.id}/dns`, s);
  }
}
