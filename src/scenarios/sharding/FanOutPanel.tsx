import type { Frame } from '../../engine';
import type { RunData } from '../../player/runData';
import { formatLatency } from '../../ui/charts';
import { legGauge } from './gauges';

/** A gauge's value in a frame, by name (NaN when missing). */
export function gaugeValue(data: RunData, frame: Frame | undefined, name: string): number {
  const i = data.layout.gauges.findIndex((g) => g.name === name);
  return i >= 0 && frame ? (frame.gauges[i] ?? NaN) : NaN;
}

/**
 * The last cross-shard query at the playhead: each shard's part as a bar, the slowest called
 * out in words, and the whole query's time, which is that slowest part.
 */
export function FanOutPanel({
  data,
  frame,
  shards,
}: {
  data: RunData;
  frame: Frame | undefined;
  shards: number;
}) {
  const total = gaugeValue(data, frame, 'queryMs');
  const typical = gaugeValue(data, frame, 'queryMedianMs');
  const failed = gaugeValue(data, frame, 'queryFailedShard') || 0;
  const legs = Array.from({ length: shards }, (_, i) => gaugeValue(data, frame, legGauge(i)));
  const asked = legs.map((ms, i) => ({ ms, i })).filter((l) => !Number.isNaN(l.ms));
  const worst = asked.reduce((a, b) => (b.ms > a.ms ? b : a), asked[0] ?? { ms: 0, i: -1 });
  return (
    <section className="fan-out" aria-label="Last cross-shard query">
      <h3>Last cross-shard query (“users who signed up last month”)</h3>
      {Number.isNaN(total) || asked.length === 0 ? (
        <p className="muted">No cross-shard query has finished yet.</p>
      ) : (
        <>
          <p>
            It took <strong>{formatLatency(total)}</strong>: it had to wait for the slowest shard,
            while the typical shard answered in {formatLatency(typical)}.
          </p>
          <ol className="fan-legs">
            {asked.map(({ ms, i }) => (
              <li key={i} data-leg={i + 1} className={i === worst.i ? 'is-slowest' : undefined}>
                <span className="fan-name">Shard {i + 1}</span>
                <span className="fan-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * ms) / Math.max(1e-9, worst.ms)}%` }} />
                </span>
                <span className="fan-ms">
                  {i + 1 === failed ? 'failed' : formatLatency(ms)}
                  {i === worst.i ? ' · slowest' : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
