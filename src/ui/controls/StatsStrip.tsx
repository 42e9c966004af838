import type { Player } from '../../player/store';
import { useFrame } from '../hooks/usePlayer';
import { formatMs, formatCount, formatPercent } from './formatNumbers';

/** The run's headline numbers at the playhead: what happened so far. */
export function StatsStrip({ player }: { player: Player }) {
  const f = useFrame(player);
  const errors = f ? f.rejected + f.timedOut + f.failed : 0;
  const ended = f ? f.completed + errors : 0;
  const inFlight = f ? f.arrived - ended : 0;
  const items: Array<[string, string, string?]> = [
    ['Requests', f ? formatCount(f.arrived) : '–'],
    ['Answered', f ? formatCount(f.completed) : '–'],
    ['Errors', f ? formatPercent(ended ? errors / ended : 0) : '–', 'error-rate'],
    ['In flight', f ? formatCount(inFlight) : '–'],
    ['p50', f && f.latency.count ? formatMs(f.latency.p50) : '–'],
    ['p99', f && f.latency.count ? formatMs(f.latency.p99) : '–'],
  ];
  return (
    <dl className="stats-strip" aria-label="Results so far">
      {items.map(([label, value, cls]) => (
        <div key={label} className={cls}>
          <dt>{label}</dt>
          <dd data-stat={label.toLowerCase().replace(/\s+/g, '-')}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
