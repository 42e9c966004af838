import type { RunData } from '../../player/runData';
import { formatLatency, GaugeChart } from '../../ui/charts';

/** The chapter's figures over time: writes and reads answered, cross-shard query time, the move. */
export function ShardCharts({ data, t, adding }: { data: RunData; t: number; adding: boolean }) {
  return (
    <div className="shard-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={['writes', 'reads']}
        title="Writes and reads answered"
        unit="per second"
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={['queryMs', 'queryMedianMs']}
        title="Cross-shard query: the whole query against its typical shard"
        unit="ms"
        formatY={formatLatency}
      />
      {adding && (
        <GaugeChart
          data={data}
          t={t}
          gauges={['moved']}
          title="Moving keys copied to their new shard"
          unit="%"
          yMax={100}
        />
      )}
    </div>
  );
}
