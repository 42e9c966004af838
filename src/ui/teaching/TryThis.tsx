import type { Player } from '../../player/store';
import type { Exercise } from '../../scenarios/teaching';
import { useExercises } from './useExercises';

/** "Try this": goals the page detects from the run and ticks off. */
export function TryThis({ player, exercises }: { player: Player; exercises: readonly Exercise[] }) {
  const { done, latest, reset } = useExercises(player, exercises);
  if (exercises.length === 0) return null;
  const count = exercises.filter((e) => done.has(e.id)).length;
  const latestText = exercises.find((e) => e.id === latest)?.prompt;
  return (
    <section className="try-this" aria-labelledby="try-title">
      <div className="panel-head">
        <h2 id="try-title">Try this</h2>
        <span className="badge" aria-label={`${count} of ${exercises.length} done`}>
          {count}/{exercises.length}
        </span>
      </div>
      <ol className="exercises">
        {exercises.map((e) => {
          const ok = done.has(e.id);
          return (
            <li key={e.id} className={ok ? 'done' : undefined} data-exercise={e.id}>
              <span className="tick" aria-hidden="true">
                {ok ? '✓' : ''}
              </span>
              <span>
                {e.prompt}
                <span className="visually-hidden">{ok ? ' (done)' : ' (not done yet)'}</span>
                {e.hint && !ok && (
                  <details>
                    <summary>Hint</summary>
                    {e.hint}
                  </details>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {latestText ? `Done: ${latestText}` : ''}
      </p>
      {count > 0 && (
        <button type="button" className="link-button" onClick={reset}>
          Start over
        </button>
      )}
    </section>
  );
}
