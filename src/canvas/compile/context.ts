import { LinkBook, LinkTally, Sim, type Component, type Ms } from '../../engine';
import type { DesignGraph } from '../design/graph';
import type { Design } from '../design/types';

/**
 * What the builders share while a design is compiled: the simulation, the links that exist,
 * the figures, and which engine nodes stand for each part (for utilisation and kills).
 */
export class CompileContext {
  readonly sim: Sim;
  readonly book: LinkBook;
  readonly tally = new LinkTally();
  /** Engine nodes with statistics, by the part they belong to. */
  readonly nodesOf = new Map<string, Component[]>();
  /** Engine names a learner (or a challenge) may kill, by part. */
  readonly killable = new Map<string, string[]>();

  constructor(
    readonly design: Design,
    readonly graph: DesignGraph,
    seed: number,
    traceCapacity: number,
    readonly durationMs: Ms,
  ) {
    this.sim = new Sim({ seed, traceCapacity });
    this.book = new LinkBook(Math.max(1, Math.floor(design.workload.urls)));
  }

  /** Records an engine node as part of a design part. */
  own<T extends Component>(partId: string, node: T, killable = true): T {
    const list = this.nodesOf.get(partId) ?? [];
    list.push(node);
    this.nodesOf.set(partId, list);
    if (killable) this.killable.set(partId, [...(this.killable.get(partId) ?? []), node.name]);
    return node;
  }
}
