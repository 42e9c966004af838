import type { Player } from '../../player/store';
import { GaugeChart, sampleGauges, TimeSeriesChart, type GaugeSample } from '../../ui/charts';
import { useChartMoment, usePlayerState } from '../../ui/hooks/usePlayer';
import { OKABE_ITO } from '../../ui/theme/palette';

const ratio = (p: GaugeSample) => {
  const [hits = NaN, misses = NaN] = p.values;
  return hits + misses > 0 ? (100 * hits) / (hits + misses) : NaN;
};

/**
 * The cache over time: the hit ratio warming up (and dipping when popular entries expire),
 * where reads were answered, and, in the full view, stale reads and the hottest key's
 * database reads, whose spikes are stampedes.
 */
export function CacheCharts({ player, compact }: { player: Player; compact: boolean }) {
  // Re-render once per simulated tenth of a second, not on every animation frame.
  const second = usePlayerState(player, (s) => Math.floor(s.t / 1000));
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  const points = sampleGauges(data, second * 1000, ['hits', 'misses']);
  return (
    <section className="charts cache-charts" aria-label="Cache charts">
      <TimeSeriesChart
        title="Hit ratio, second by second"
        unit="% of reads"
        durationS={data.layout.durationMs / 1000}
        t={t / 1000}
        points={points}
        x={(p) => p.t}
        lines={[
          { key: 'ratio', label: 'Answered by the cache', color: OKABE_ITO.blue, value: ratio },
        ]}
        yMax={100}
        height={compact ? 160 : 200}
        formatY={(v) => `${Math.round(v)}%`}
      />
      {!compact && (
        <>
          <GaugeChart
            data={data}
            t={t}
            gauges={['hits', 'dbReads']}
            title="Where reads were answered"
          />
          <GaugeChart
            data={data}
            t={t}
            gauges={['staleReads', 'hotKeyDbReads']}
            title="Stale reads, and database reads of the hottest key"
          />
        </>
      )}
    </section>
  );
}
