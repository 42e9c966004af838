import { BOTTLENECK_LABELS, type BottleneckId } from './bottleneck';
import type { FixId } from './params';
import type { ShownVerdict } from './useJourney';
import { FIX_LABELS, formatCount, formatMs, formatShare } from './words';

/**
 * "What broke and why": the finder's verdict on the finished run, in words, with the fixes the
 * chapter names for it. While a run computes it says so rather than show the last one's.
 */
export function VerdictPanel({
  verdict,
  users,
  fixesOn,
}: {
  verdict: ShownVerdict | null;
  users: number;
  fixesOn: readonly FixId[];
}) {
  const ok = verdict?.bottleneck === 'none';
  return (
    <section
      className={`gj-verdict${verdict ? (ok ? ' is-ok' : ' is-broken') : ''}`}
      aria-label="What broke and why"
      aria-live="polite"
      data-bottleneck={verdict?.bottleneck ?? 'computing'}
    >
      <h3>What broke and why, at {formatCount(users)} users</h3>
      {!verdict ? (
        <p className="muted">
          Running the system at this size… the verdict comes when the run ends.
        </p>
      ) : ok ? (
        <>
          <p className="gj-headline">
            <span aria-hidden="true">✔ </span>Nothing is broken
          </p>
          <p>{verdict.reason}</p>
          <p className="muted">Raise the users to find the next bottleneck.</p>
        </>
      ) : (
        <>
          <p className="gj-headline">
            <span aria-hidden="true">✖ </span>
            {BOTTLENECK_LABELS[verdict.bottleneck as BottleneckId]}
            {verdict.part ? ` (${verdict.part})` : ''}
          </p>
          <p>{verdict.reason}</p>
          <p className="gj-figures">
            People’s p99 {formatMs(verdict.p99Ms)} · {formatShare(verdict.errorRate)} errors
          </p>
          {verdict.fixes.length > 0 ? (
            <p>
              The chapter’s fix:{' '}
              {verdict.fixes.map((f, i) => (
                <span key={f}>
                  {i > 0 ? ' or ' : ''}
                  <strong>{FIX_LABELS[f]}</strong>
                  {fixesOn.includes(f) ? ' (already on: it is not enough alone)' : ''}
                </span>
              ))}
              .
            </p>
          ) : (
            <p>No scaling fix helps here: bring the part back (Restart) first.</p>
          )}
        </>
      )}
    </section>
  );
}
