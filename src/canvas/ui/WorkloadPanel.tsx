import { WORKLOAD_SPECS } from '../design/props';
import type { PropSpec } from '../design/props';
import type { Workload } from '../design/types';
import { useCanvas } from './context';
import { NumberInput } from './NumberInput';

const KEYS: ReadonlyArray<keyof Workload> = [
  'redirectsPerSec',
  'createsPerSec',
  'urls',
  'zipf',
  'durationS',
];

/** The traffic the load test sends, and the consistency choice for brand-new links. */
export function WorkloadPanel() {
  const workload = useCanvas((s) => s.history.present.workload);
  const fromPrimary = useCanvas((s) => s.history.present.readNewLinksFromPrimary);
  const setWorkload = useCanvas((s) => s.setWorkload);
  const setFromPrimary = useCanvas((s) => s.setReadNewLinksFromPrimary);
  return (
    <section className="design-panel workload" aria-labelledby="workload-title">
      <h2 id="workload-title">Workload</h2>
      {KEYS.map((key) => {
        const spec = WORKLOAD_SPECS[key] as Extract<PropSpec, { type: 'number' }>;
        return (
          <NumberInput
            key={key}
            name={key}
            spec={spec}
            value={workload[key]}
            onChange={(v) => setWorkload({ [key]: v })}
          />
        );
      })}
      <fieldset className="consistency">
        <legend>A link made a moment ago</legend>
        <label className="choice-line">
          <input
            type="radio"
            name="consistency"
            checked={fromPrimary}
            onChange={() => setFromPrimary(true)}
          />
          <span>
            <strong>Read it from the primary (CP)</strong>: it works at once; the primary takes
            those reads.
          </span>
        </label>
        <label className="choice-line">
          <input
            type="radio"
            name="consistency"
            checked={!fromPrimary}
            onChange={() => setFromPrimary(false)}
          />
          <span>
            <strong>Read any replica (AP)</strong>: cheaper, but it may answer &ldquo;not
            found&rdquo; until the replica catches up.
          </span>
        </label>
      </fieldset>
    </section>
  );
}
