import { useEffect, useState } from 'react';
import type { LoadTestResult } from '../design/contract';
import type { Design } from '../design/types';
import { CHALLENGES } from '../loadtest/challenges';

const ATTEMPTED_KEY = 'scale-lab:design:attempted';

function readAttempted(): boolean {
  try {
    return globalThis.localStorage?.getItem(ATTEMPTED_KEY) === '1';
  } catch {
    return false;
  }
}

type Verdict = { passed: boolean; detail: string } | null;

function verdictOf(
  check: (r: LoadTestResult, d: Design) => { passed: boolean; detail: string },
  last: { result: LoadTestResult; design: Design } | null,
): Verdict {
  if (!last) return null;
  try {
    return check(last.result, last.design);
  } catch (e) {
    return { passed: false, detail: `Could not be checked: ${(e as Error).message}` };
  }
}

/**
 * Goals with numbers, checked after every run. A reference design for each appears once the
 * learner has tried at least once: seen before a try, it would spoil the exercise.
 */
export function ChallengesPanel({
  last,
  stale,
  onLoad,
}: {
  last: { result: LoadTestResult; design: Design } | null;
  stale: boolean;
  onLoad: (d: Design, what: string) => void;
}) {
  const [stored] = useState(readAttempted);
  const attempted = stored || last !== null;
  useEffect(() => {
    if (last)
      try {
        globalThis.localStorage?.setItem(ATTEMPTED_KEY, '1');
      } catch {
        // Not remembered across visits; this visit still shows the references.
      }
  }, [last]);
  return (
    <section className="design-panel challenges" aria-labelledby="challenges-title">
      <h2 id="challenges-title">Challenges</h2>
      <p className="muted">
        Each is checked against your latest load test
        {stale ? ' (run again: the design has changed since)' : ''}.
        {attempted ? '' : ' Reference designs appear after your first run.'}
      </p>
      <ol className="challenge-list">
        {CHALLENGES.map((c) => {
          const v = verdictOf(c.check, last);
          return (
            <li key={c.id} className="challenge" data-challenge={c.id}>
              <h3>{c.title}</h3>
              <p>{c.explanation}</p>
              <p className="challenge-verdict" data-passed={v ? String(v.passed) : undefined}>
                {v === null
                  ? 'Not tried yet: run a load test.'
                  : `${v.passed ? '✔ Passed' : '✖ Not yet'}: ${v.detail}`}
              </p>
              {attempted && (
                <button
                  type="button"
                  onClick={() =>
                    onLoad(structuredClone(c.reference), `The reference design for “${c.title}”`)
                  }
                >
                  Load the reference design
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
