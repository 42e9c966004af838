import { sampler, type Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import type { Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { TAG_HEAVY } from '../workload';

export interface TagServiceOptions {
  /** Service time of an ordinary request (a static image). */
  light: Dist;
  /** Service time of a request tagged TAG_HEAVY (a complex search). */
  heavy: Dist;
}

/**
 * A server's service time by request type: light and heavy requests draw from two samplers,
 * each on the server's own named stream (`<name>/light`, `<name>/heavy`), so how many heavy
 * requests one server happens to get never shifts the draws of its light ones, or another
 * server's.
 */
export function tagService(sim: Sim, name: string, opts: TagServiceOptions): (req: Request) => Ms {
  const light = sampler(opts.light, sim.rng.stream(`${name}/light`));
  const heavy = sampler(opts.heavy, sim.rng.stream(`${name}/heavy`));
  return (req) => (req.tag === TAG_HEAVY ? heavy() : light());
}
