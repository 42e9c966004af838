import type { LoadTestState } from './useLoadTest';

/** The run button, why it is off when it is, and the progress of a run. */
export function RunBar({
  state,
  blocked,
  onRun,
}: {
  state: LoadTestState;
  blocked: string | null;
  onRun: () => void;
}) {
  const running = state.status === 'running';
  return (
    <div className="run-bar" role="group" aria-label="Load test">
      <button
        type="button"
        className="primary run-button"
        onClick={onRun}
        disabled={running || blocked !== null}
        aria-describedby="run-why"
      >
        {running ? 'Running…' : 'Run load test'}
      </button>
      {running && (
        <progress max={1} value={state.progress} aria-label="Load test progress">
          {Math.round(state.progress * 100)}%
        </progress>
      )}
      <span id="run-why" className="muted" role="status">
        {blocked ??
          (running
            ? `Simulating… ${Math.round(state.progress * 100)}%`
            : state.status === 'failed'
              ? `The test could not run: ${state.error}`
              : state.status === 'done'
                ? 'Done: the parts on the canvas are lit by how busy they were.'
                : 'Runs your design under the workload, in the background.')}
      </span>
    </div>
  );
}
