/**
 * Counter codes: one global counter, written in base62. Every code is new as long as there is
 * exactly one counter and it never goes back: two creates in the same microsecond are put in
 * order by the one service that holds it. That one service is also the weak spot: every
 * create waits for it (a write hot spot), and when it is down nobody can create anything.
 */
export class Counter {
  private value: number;

  /** Codes start after `used` (the links that already exist took 1..used). */
  constructor(used = 0) {
    this.value = Math.max(0, Math.floor(used));
  }

  /** The next code number. */
  next(): number {
    return ++this.value;
  }

  /** Where it stands, as a backup would save it. */
  snapshot(): number {
    return this.value;
  }

  /**
   * Goes back to a saved value, as a counter restored from a backup after a crash does: every
   * code it handed out since that backup will be handed out again (see the tests).
   */
  restore(saved: number): void {
    this.value = saved;
  }
}
