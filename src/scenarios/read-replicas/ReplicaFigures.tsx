import { formatLatency } from '../../ui/charts';
import { formatCount } from '../../ui/controls/formatNumbers';
import { G } from './gauges';
import type { GaugeReader } from './useGauges';

const count = (x: number) => (Number.isFinite(x) ? formatCount(x) : '–');
const ms = (x: number) => (Number.isFinite(x) && x > 0 ? formatLatency(x) : '–');

/**
 * This chapter's own numbers so far, at the playhead. Shown in compare mode too, where the
 * shared table has only the generic figures.
 */
export function ReplicaFigures({ read }: { read: GaugeReader }) {
  const items: Array<[string, string, string]> = [
    ['stale', 'Stale reads', count(read(G.stale))],
    ['violations', 'Missed own transfer', count(read(G.violations))],
    ['lost', 'Lost writes', count(read(G.lost))],
    ['write-p99', 'Write p99', ms(read(G.writeP99))],
    ['lag', 'Worst lag now', formatLatency(read(G.maxLag))],
  ];
  return (
    <dl className="rr-figures" aria-label="Replication figures so far">
      {items.map(([key, label, value]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd data-figure={key}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
