import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { gaugeName } from './figures';
import { JOBS } from './jobs';

/** Each job's backlog (queue depth or lag) and its pace, over time. */
export function QueueCharts({ player }: { player: Player }) {
  // Once per simulated second is plenty for a chart, and keeps playback light.
  const moment = useChartMoment(player, 1000);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <div className="charts mq-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={JOBS.map((j) => gaugeName.backlog(j.id))}
        title="Work waiting per job (queue depth or lag)"
        unit="messages"
        height={180}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={JOBS.map((j) => gaugeName.processed(j.id))}
        title="Orders handled per second, per job"
        height={180}
      />
    </div>
  );
}
