import { BOTTLENECK_LABELS } from './bottleneck';
import type { Summary } from './journey';
import { FIX_LABELS, formatCount } from './words';

const againstWords = (against: string) =>
  against === 'none'
    ? 'when nothing was broken'
    : `against ${BOTTLENECK_LABELS[against as keyof typeof BOTTLENECK_LABELS].toLowerCase()}`;

/** The end of the journey: how far the learner got and the path they took to get there. */
export function JourneySummary({
  summary,
  onRestart,
}: {
  summary: Summary;
  onRestart: () => void;
}) {
  return (
    <section className="gj-summary" aria-labelledby="gj-summary-title">
      <h3 id="gj-summary-title">
        Journey complete: {formatCount(summary.reached)} users, answered in time
      </h3>
      <div className="gj-summary-cols">
        <div>
          <h4>Bottlenecks met</h4>
          {summary.met.length === 0 ? (
            <p className="muted">
              None on the way: the fixes were all in place before they were needed.
            </p>
          ) : (
            <ol data-summary="met">
              {summary.met.map((m) => (
                <li key={m.bottleneck}>
                  {BOTTLENECK_LABELS[m.bottleneck]} at {formatCount(m.users)} users
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h4>Fixes applied, in order</h4>
          <ol data-summary="applied">
            {summary.applied.map((f) => (
              <li key={f}>{FIX_LABELS[f]}</li>
            ))}
          </ol>
        </div>
        <div>
          <h4>Wrong fixes tried</h4>
          {summary.wrong.length === 0 ? (
            <p className="muted">None: every fix answered the bottleneck on screen.</p>
          ) : (
            <ul data-summary="wrong">
              {summary.wrong.map((w, i) => (
                <li key={i}>
                  {FIX_LABELS[w.fix]} at {formatCount(w.users)} users, {againstWords(w.against)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <button type="button" onClick={onRestart}>
        Start again from 100 users
      </button>
    </section>
  );
}
