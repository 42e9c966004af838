import { formatCount } from '../../ui/controls/formatNumbers';
import { G } from './gauges';
import { shareOf, type GaugeReader } from './live';

const pct = (x: number) =>
  Number.isFinite(x) ? `${(Math.floor(x * 1000) / 10).toFixed(1)}%` : '–';
const count = (x: number) => (Number.isFinite(x) ? formatCount(x) : '–');

/** The chapter's numbers so far: what share was answered, and what consistency cost. */
export function CapFigures({ read }: { read: GaugeReader }) {
  const figures = [
    {
      id: 'availability',
      label: 'Answered so far',
      value: pct(shareOf(read(G.answeredAll), read(G.refusedAll))),
    },
    {
      id: 'availability-split',
      label: 'Answered while lines were cut',
      value: pct(shareOf(read(G.answeredSplit), read(G.refusedSplit))),
    },
    { id: 'stale', label: 'Stale reads', value: count(read(G.staleAll)) },
    { id: 'conflicts', label: 'Conflicts caught', value: count(read(G.conflicts)) },
    { id: 'lost', label: 'Prices lost to LWW', value: count(read(G.lost)) },
  ];
  return (
    <dl className="cap-figures" aria-label="Availability and consistency so far">
      {figures.map((f) => (
        <div key={f.id}>
          <dt>{f.label}</dt>
          <dd data-figure={f.id}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
