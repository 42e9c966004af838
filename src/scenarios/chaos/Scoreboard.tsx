import { G } from './gauges';
import type { GaugeReader } from './live';
import { availabilityText, budgetText, ninesText, recoveryText } from './readouts';

/**
 * The figures a teacher projects: availability and its nines against the target, the error
 * budget left, time to recover and the monkey's tally. Big type; words beside every number.
 */
export function Scoreboard({ read, slo }: { read: GaugeReader; slo: string }) {
  const pct = read(G.availability);
  const left = read(G.budgetLeft);
  const meets = Number.isFinite(pct) && pct >= Number(slo);
  const kills = read(G.kills);
  const barWidth = Number.isFinite(left) ? Math.max(0, Math.min(100, left)) : 0;
  return (
    <dl className="chaos-score" aria-label="Reliability so far">
      <div className={meets ? 'meets' : 'misses'}>
        <dt>Availability</dt>
        <dd data-figure="availability">{availabilityText(pct)}</dd>
        <dd className="chaos-score-words" data-figure="nines">
          {ninesText(pct)}
        </dd>
        <dd className="chaos-score-sub">
          {meets ? '✓ meets' : '✕ misses'} the {slo}% target
        </dd>
      </div>
      <div>
        <dt>Error budget</dt>
        <dd className="chaos-score-words" data-figure="budget">
          {budgetText(left)}
        </dd>
        <dd className="chaos-budget-bar" aria-hidden="true">
          <span style={{ width: `${barWidth}%` }} />
        </dd>
      </div>
      <div>
        <dt>Time to recover</dt>
        <dd className="chaos-score-words" data-figure="recovery">
          {recoveryText(read(G.recoveryS), read(G.outageAtS))}
        </dd>
        <dd className="chaos-score-sub">from a region going down to errors within target</dd>
      </div>
      <div>
        <dt>Monkey kills</dt>
        <dd data-figure="kills">{Number.isFinite(kills) ? kills : '–'}</dd>
      </div>
    </dl>
  );
}
