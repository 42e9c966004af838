/**
 * Which "Try this" goals a learner has reached, per scenario, kept in localStorage so progress
 * survives a reload. Storage can be missing or full (private windows, embeds): then progress
 * simply lasts for the visit.
 */
const key = (scenario: string) => `scale-lab:exercises:${scenario}`;

export function loadDone(scenario: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(key(scenario));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(
      Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [],
    );
  } catch {
    return new Set();
  }
}

export function saveDone(scenario: string, done: ReadonlySet<string>): void {
  try {
    window.localStorage.setItem(key(scenario), JSON.stringify([...done]));
  } catch {
    // Not fatal: see above.
  }
}
