import { useEffect, useState, type ReactNode } from 'react';
import type { Player } from '../../player/store';
import type { ChapterModule } from '../../scenarios/chapterModule';
import type { Scenario } from '../../scenarios/scenario';
import { ParamPanel } from '../../ui/controls/ParamPanel';
import { lessonBeats, type Beat } from './beats';
import { usePresenterKeys } from './usePresenterKeys';

interface Props {
  scenario: Scenario;
  chapter: ChapterModule;
  player: Player;
  /** The simulation, player bar and stats, as the lab page renders them. */
  stage: ReactNode;
  onExit: () => void;
}

/**
 * Presenter mode: large type and high contrast for a projector, the lesson one beat at a time
 * (clicker keys move between beats), B to blank the screen, N for the presenter's notes, and
 * the simulation fully usable, parameters included.
 */
export function PresenterView({ scenario, chapter, player, stage, onExit }: Props) {
  const [beats] = useState(() =>
    lessonBeats(scenario.title, scenario.tagline, chapter.lesson, chapter.predictions),
  );
  const [i, setI] = useState(0);
  const [blank, setBlank] = useState(false);
  const [notes, setNotes] = useState(false);
  const [params, setParams] = useState(false);
  const next = () => setI((x) => Math.min(beats.length - 1, x + 1));
  const back = () => setI((x) => Math.max(0, x - 1));
  usePresenterKeys({
    next,
    back,
    blank: () => setBlank((b) => !b),
    notes: () => setNotes((n) => !n),
    exit: onExit,
    blanked: blank,
  });

  useEffect(() => {
    document.documentElement.dataset.present = '1';
    return () => {
      delete document.documentElement.dataset.present;
    };
  }, []);

  const beat = beats[i]!;
  return (
    <div className="presenter">
      {blank && (
        <button
          type="button"
          className="blank-screen"
          onClick={() => setBlank(false)}
          aria-label="Screen blanked: press any key or click to show it again"
        />
      )}
      <section className="beat" aria-live="polite" aria-label={`Beat ${i + 1} of ${beats.length}`}>
        <BeatContent beat={beat} />
      </section>
      <nav className="beat-nav" aria-label="Lesson beats">
        <button type="button" onClick={back} disabled={i === 0}>
          Back
        </button>
        <span>
          {i + 1} / {beats.length}
        </span>
        <button type="button" onClick={next} disabled={i === beats.length - 1}>
          Next
        </button>
        <button type="button" aria-pressed={notes} onClick={() => setNotes((n) => !n)}>
          Notes (N)
        </button>
        <button type="button" aria-pressed={params} onClick={() => setParams((p) => !p)}>
          Parameters
        </button>
        <button type="button" onClick={() => setBlank(true)}>
          Blank (B)
        </button>
        <button type="button" onClick={onExit}>
          Exit (Esc)
        </button>
      </nav>
      {notes && (
        <aside className="presenter-notes" aria-label="Presenter notes">
          <strong>Notes:</strong> {beat.notes}
          {beats[i + 1] && <span className="muted"> Next: {beats[i + 1]!.title}.</span>}
        </aside>
      )}
      <div className={`presenter-stage${params ? ' with-params' : ''}`}>
        <div className="presenter-sim">{stage}</div>
        {params && (
          <aside className="presenter-params" aria-label="Parameters">
            <ParamPanel player={player} />
          </aside>
        )}
      </div>
    </div>
  );
}

function BeatContent({ beat }: { beat: Beat }) {
  return (
    <>
      <h2>{beat.title}</h2>
      {beat.paragraphs.map((p, k) => (
        <p key={k}>{p}</p>
      ))}
      {beat.list && (
        <ul>
          {beat.list.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      )}
      {beat.table && (
        <table className="choices">
          <thead>
            <tr>
              {beat.table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {beat.table.rows.map((r) => (
              <tr key={r[0]}>
                {r.map((cell, k) =>
                  k === 0 ? (
                    <th key={k} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={k}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
