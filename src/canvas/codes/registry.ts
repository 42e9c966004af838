/**
 * The database's unique index on short codes, as far as the load test needs it: the codes
 * made during the run. Claiming a code that is already there is what a unique-constraint
 * violation looks like to the app; the app then makes another code.
 */
export class CodeRegistry {
  private readonly taken = new Set<number>();
  /** Claims refused because the code was already there. */
  conflicts = 0;

  /** Stores the code if it is free; false (a conflict) if it was already taken. */
  claim(code: number): boolean {
    if (this.taken.has(code)) {
      this.conflicts++;
      return false;
    }
    this.taken.add(code);
    return true;
  }

  has(code: number): boolean {
    return this.taken.has(code);
  }

  get size(): number {
    return this.taken.size;
  }
}
