import type { Player } from '../../player/store';
import { formatCount, formatMs, formatPercent } from '../controls/formatNumbers';
import { formatSeconds } from '../controls/formatTime';
import { useFrame, usePlayerState } from '../hooks/usePlayer';
import { figuresFromFrame, figuresFromResult, type VariantFigures } from './variantFigures';

const COLUMNS: Array<[keyof VariantFigures, string, (v: number) => string]> = [
  ['requests', 'Requests', formatCount],
  ['answered', 'Answered', formatCount],
  ['errorShare', 'Errors', formatPercent],
  ['p50', 'p50', formatMs],
  ['p95', 'p95', formatMs],
  ['p99', 'p99', formatMs],
  ['throughput', 'Answered/s', (v) => formatCount(Math.round(v))],
];

interface Props {
  a: Player;
  b: Player;
  labels: [string, string];
}

/** Both variants' numbers in one table: so far (at the playhead) and for the whole run. */
export function CompareTable({ a, b, labels }: Props) {
  const fa = useFrame(a);
  const fb = useFrame(b);
  const t = usePlayerState(a, (s) => Math.floor(s.t / 100) / 10);
  const ra = usePlayerState(a, (s) => s.data?.result ?? null);
  const rb = usePlayerState(b, (s) => s.data?.result ?? null);
  const groups: Array<[string, VariantFigures | null, VariantFigures | null]> = [
    [`So far (${formatSeconds(t)})`, figuresFromFrame(fa), figuresFromFrame(fb)],
    ['Whole run', figuresFromResult(ra), figuresFromResult(rb)],
  ];
  return (
    <table className="compare-table">
      <caption>Same traffic, same seed: the two variants side by side</caption>
      <thead>
        <tr>
          <th scope="col">Variant</th>
          {COLUMNS.map(([key, label]) => (
            <th key={key} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map(([title, x, y]) => (
        <tbody key={title}>
          <tr className="group-row">
            <th scope="colgroup" colSpan={COLUMNS.length + 1}>
              {title}
            </th>
          </tr>
          {[x, y].map((f, i) => (
            <tr key={i} data-variant={i === 0 ? 'a' : 'b'}>
              <th scope="row">{labels[i]}</th>
              {COLUMNS.map(([key, , fmt]) => (
                <td key={key}>{f ? fmt(f[key]) : '…'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
