import type { DesignGraph } from './graph';
import { wireAllowed } from './graph';
import type { Part, PartKind } from './types';

/**
 * Why a wire between two kinds makes no sense, in one sentence a learner can act on; null
 * when it does. Requests flow from users towards the data: clients, then an edge, a limiter
 * and a balancer, then app servers, which ask a cache, the key service, the databases and
 * the queue. Databases also wire to their read replicas (the copy stream).
 */
export function wireProblem(g: DesignGraph, from: Part, to: Part): string | null {
  if (from.id === to.id) return `${g.nameOf(from.id)} is wired to itself: remove that wire.`;
  if (wireAllowed(from.kind, to.kind)) return null;
  const a = g.nameOf(from.id);
  const b = g.nameOf(to.id);
  return `${a} is wired straight to ${b}: ${reason(from.kind, to.kind)}`;
}

const DATA: readonly PartKind[] = ['cache', 'keygen', 'primary', 'replicas', 'shards', 'queue'];

function reason(from: PartKind, to: PartKind): string {
  if (to === 'clients')
    return from === 'cache'
      ? 'users never talk to a cache; the app asks it. Wire Clients towards the app instead.'
      : 'clients only send requests; nothing sends requests to them.';
  if (to === 'cdn') return 'a CDN edge sits next to the users, so only Clients wire to it.';
  switch (from) {
    case 'keygen':
      return 'the key service only answers the app servers; it sends nothing on.';
    case 'queue':
      return 'the queue hands click events to its own analytics consumers; it sends nothing on.';
    case 'replicas':
      return 'a replica only answers reads; it sends nothing on.';
    case 'primary':
    case 'shards':
      return 'a database answers queries; its only outgoing wire is the copy stream to Read replicas.';
    case 'cache':
      return 'a cache sits in front of a database: wire it to a primary, replicas or shards.';
    case 'app':
      return 'app servers call the data parts (cache, key service, databases, queue), not parts in front of them.';
    case 'balancer':
      return 'a load balancer spreads requests over App servers: wire it to them.';
    case 'limiter':
      return DATA.includes(to)
        ? 'the rate limiter passes requests to a load balancer or app servers, which then call the data parts.'
        : 'a rate limiter passes requests on to a load balancer or app servers.';
    case 'cdn':
      return DATA.includes(to)
        ? 'the edge forwards misses to the app side (a limiter, a balancer or app servers), which then calls the data parts.'
        : 'a CDN edge passes requests on to a limiter, a load balancer or app servers.';
    case 'clients':
      return 'users reach the data only through app servers (perhaps behind an edge, a limiter or a balancer).';
  }
}
