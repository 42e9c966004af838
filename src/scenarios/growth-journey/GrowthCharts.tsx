import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { G } from './scenario';

/**
 * The journey's figures over time: how busy the app servers and the busiest database are
 * (what saturates), and the counts that tell the other bottlenecks (refused connections,
 * the limiter's 429s, the scraper's requests, far users' slow files).
 */
export function GrowthCharts({ player }: { player: Player }) {
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <section className="charts gj-charts" aria-label="Growth charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.appBusy, G.dbBusy]}
        title="How busy: the app servers and the busiest database"
        yMax={100}
        formatY={(v) => `${Math.round(v)}%`}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.refused, G.limited, G.scraper, G.farSlow]}
        title="Refused, rate-limited, scraper and far users’ slow files"
      />
    </section>
  );
}
