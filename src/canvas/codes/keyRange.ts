/**
 * Key ranges: the key service hands each app server a block of `size` unused code numbers;
 * the server makes codes from its block on its own and asks again only when it runs out.
 * Blocks never overlap, so codes stay unique with no coordination per create, and the service
 * is asked once per `size` creates. It records each block as given before handing it out,
 * so a restart skips ahead (a few codes are wasted) instead of giving a block twice.
 */
export interface CodeRange {
  /** First code number of the block. */
  start: number;
  /** One past the last. */
  end: number;
}

export class RangeAllocator {
  /** The highest number given out, as recorded before each hand-out. */
  private recorded: number;

  constructor(
    readonly size: number,
    used = 0,
  ) {
    if (!(size >= 1)) throw new RangeError('a range holds at least one code');
    this.recorded = Math.max(0, Math.floor(used));
  }

  allocate(): CodeRange {
    const start = this.recorded + 1;
    this.recorded += this.size;
    return { start, end: start + this.size };
  }

  /** Where the record stands; a restarted service carries on from here. */
  get high(): number {
    return this.recorded;
  }
}

/**
 * One app server's blocks: codes are taken in order until they run out. Two creates that
 * find it empty at the same moment may each fetch a block; the second is kept for later.
 */
export class RangeHolder {
  private readonly blocks: CodeRange[] = [];
  /** Blocks received. */
  fills = 0;

  get remaining(): number {
    return this.blocks.reduce((s, b) => s + (b.end - b.start), 0);
  }

  fill(r: CodeRange): void {
    if (r.end > r.start) this.blocks.push({ ...r });
    this.fills++;
  }

  /** The next code number, or null when every block is used up (ask the service). */
  take(): number | null {
    const b = this.blocks[0];
    if (!b) return null;
    const code = b.start++;
    if (b.start >= b.end) this.blocks.shift();
    return code;
  }
}
