import { useId, useState } from 'react';
import { computeResults } from '../../player/headless';
import type { Player } from '../../player/store';
import type { RunResult } from '../../scenarios/run';
import { errorShare, predictionInputs, type Prediction } from '../../scenarios/teaching';
import { formatMs, formatPercent } from '../controls/formatNumbers';

type Phase =
  | { name: 'ask' }
  | { name: 'running' }
  | { name: 'done'; results: RunResult[]; answer: string }
  | { name: 'error'; message: string };

/**
 * "Predict, then run": the learner commits to an answer, the page runs the variants on the
 * same traffic (same seed, the page's other parameters) and says whether the prediction held.
 */
export function PredictCard({ player, prediction }: { player: Player; prediction: Prediction }) {
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'ask' });

  const run = async () => {
    setPhase({ name: 'running' });
    try {
      const results = await computeResults(predictionInputs(prediction, player.inputOf()));
      setPhase({ name: 'done', results, answer: prediction.answer(results) });
    } catch (e) {
      setPhase({ name: 'error', message: (e as Error).message });
    }
  };

  const answerLabel = (a: string) => prediction.choices.find((c) => c.id === a)?.label ?? a;
  return (
    <div className="predict-card">
      <fieldset disabled={phase.name === 'running'}>
        <legend>{prediction.question}</legend>
        <div className="choices">
          {prediction.choices.map((c) => (
            <label key={c.id} className="choice">
              <input
                type="radio"
                name={id}
                value={c.id}
                checked={choice === c.id}
                onChange={() => {
                  setChoice(c.id);
                  setPhase({ name: 'ask' });
                }}
              />
              {c.label}
            </label>
          ))}
        </div>
        <button type="button" className="primary" disabled={choice === null} onClick={run}>
          {phase.name === 'running' ? 'Running…' : 'Run to check'}
        </button>
      </fieldset>
      <div role="status" aria-live="polite">
        {phase.name === 'done' && (
          <div className={`verdict ${phase.answer === choice ? 'held' : 'missed'}`}>
            <p>
              <strong>
                {phase.answer === choice
                  ? 'Your prediction held.'
                  : `Not this time: it was ${answerLabel(phase.answer)}.`}
              </strong>{' '}
              {prediction.explain(phase.results)}
            </p>
            <table className="mini-table">
              <caption className="visually-hidden">The runs behind the answer</caption>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">p50</th>
                  <th scope="col">p99</th>
                  <th scope="col">Errors</th>
                  <th scope="col">Answered/s</th>
                  <th scope="col">
                    <span className="visually-hidden">Show</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {phase.results.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{prediction.runs[i]!.label}</th>
                    <td>{formatMs(r.latencyMs.p50)}</td>
                    <td>{formatMs(r.latencyMs.p99)}</td>
                    <td>{formatPercent(errorShare(r))}</td>
                    <td>{Math.round(r.throughputRps)}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => player.setParams(prediction.runs[i]!.set)}
                      >
                        Watch
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {phase.name === 'error' && (
          <p className="notice notice-error">These runs could not finish: {phase.message}</p>
        )}
      </div>
    </div>
  );
}

/** A chapter's predictions, one question at a time so the picture stays near the top. */
export function PredictPanel({
  player,
  predictions,
}: {
  player: Player;
  predictions: readonly Prediction[];
}) {
  const [i, setI] = useState(0);
  if (predictions.length === 0) return null;
  const p = predictions[Math.min(i, predictions.length - 1)]!;
  return (
    <section className="predict" aria-labelledby="predict-title">
      <div className="panel-head">
        <h2 id="predict-title">Predict, then run</h2>
        {predictions.length > 1 && (
          <div className="predict-pager" role="group" aria-label="Questions">
            <button
              type="button"
              onClick={() => setI((x) => x - 1)}
              disabled={i === 0}
              aria-label="Previous question"
            >
              ‹
            </button>
            <span>
              {i + 1} of {predictions.length}
            </span>
            <button
              type="button"
              onClick={() => setI((x) => x + 1)}
              disabled={i >= predictions.length - 1}
              aria-label="Next question"
            >
              ›
            </button>
          </div>
        )}
      </div>
      <PredictCard key={p.id} player={player} prediction={p} />
    </section>
  );
}
