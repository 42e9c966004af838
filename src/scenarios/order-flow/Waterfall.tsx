import { ROUND_TRIP_LIMIT_MS as ROUND_TRIP_LIMIT } from './figures';
import type { BudgetBar, BudgetReading } from './results';
import { shortLabel } from './stepText';

const W = 660;
const LABEL_W = 170;
const RIGHT = 24;
const ROW = 17;
const TOP = 26;

const fmt = (ms: number) =>
  ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
      ? `${Math.round(ms)} ms`
      : `${ms.toFixed(1)} ms`;

/**
 * Your order's latency budget: one bar per step, each starting where the last ended, so the
 * bars reach the phone's measured total. Below the line, what the order set off and you did
 * not wait for. The 2-second line is the chapter's promise. A table carries the same numbers.
 */
export function Waterfall({
  budget,
  current,
  compact = false,
}: {
  budget: BudgetReading;
  /** The step the walkthrough is on (its bar is outlined and marked). */
  current?: string;
  compact?: boolean;
}) {
  const after = compact ? [] : budget.after;
  const end = Math.max(
    ROUND_TRIP_LIMIT,
    budget.totalMs || 0,
    ...after.map((a) => a.startMs + a.ms),
  );
  const span = end * 1.05;
  const x = (ms: number) => LABEL_W + (ms / span) * (W - LABEL_W - RIGHT);
  const rows = budget.steps.length + (after.length ? after.length + 1 : 0);
  const h = TOP + rows * ROW + 28;
  const yOf = (i: number) => TOP + i * ROW;
  const bar = (b: BudgetBar, i: number, kind: 'path' | 'after') => {
    const id = kind === 'after' ? `after:${b.part}` : b.id;
    const on = current === id;
    const x0 = x(b.startMs);
    const w = Math.max(2, x(b.startMs + b.ms) - x0);
    return (
      <g key={id} className={`of-bar is-${kind}${on ? ' is-current' : ''}`}>
        <text x={LABEL_W - 6} y={yOf(i) + 12} className="of-bar-label" textAnchor="end">
          {on ? '▶ ' : ''}
          {shortLabel(b.id)}
        </text>
        <rect x={x0} y={yOf(i) + 2} width={w} height={ROW - 5} rx={2} />
        <text x={Math.min(x0 + w + 4, W - 60)} y={yOf(i) + 12} className="of-bar-ms">
          {fmt(b.ms)}
        </text>
      </g>
    );
  };
  const total = budget.totalMs;
  const verdict =
    budget.outcome !== 'ok'
      ? `The order did not go through: the ${budget.failedLeg ?? 'trip'} ${budget.outcome === 'timedOut' ? 'timed out' : `was ${budget.outcome}`}.`
      : `Total ${fmt(total)}: ${budget.underTwoSeconds ? 'inside' : 'over'} the 2-second promise.`;
  return (
    <figure className="of-waterfall">
      <figcaption>
        <strong>Your order’s latency budget.</strong> {verdict}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${h}`}
        role="img"
        aria-label={`Waterfall of your order. ${verdict} The table below lists every step.`}
      >
        <line
          x1={x(ROUND_TRIP_LIMIT)}
          x2={x(ROUND_TRIP_LIMIT)}
          y1={TOP - 8}
          y2={h - 20}
          className="of-limit"
        />
        <text x={x(ROUND_TRIP_LIMIT)} y={TOP - 12} className="of-limit-label" textAnchor="middle">
          2 s promise
        </text>
        {Number.isFinite(total) && (
          <>
            <line
              x1={x(total)}
              x2={x(total)}
              y1={TOP - 8}
              y2={yOf(budget.steps.length)}
              className="of-total"
            />
            <text x={x(total) + 4} y={TOP - 12} className="of-total-label">
              confirmed at {fmt(total)}
            </text>
          </>
        )}
        {budget.steps.map((s, i) => bar(s, i, 'path'))}
        {after.length > 0 && (
          <text
            x={LABEL_W - 6}
            y={yOf(budget.steps.length) + 12}
            className="of-after-heading"
            textAnchor="end"
          >
            Not waited for:
          </text>
        )}
        {after.map((s, i) => bar(s, budget.steps.length + 1 + i, 'after'))}
        <text x={LABEL_W} y={h - 6} className="of-axis">
          0
        </text>
        <text x={W - RIGHT} y={h - 6} className="of-axis" textAnchor="end">
          {fmt(span)}
        </text>
      </svg>
      <WaterfallTable budget={budget} after={after} />
    </figure>
  );
}

/** The same bars as a table: for screen readers, and for anyone who wants the exact numbers. */
function WaterfallTable({ budget, after }: { budget: BudgetReading; after: readonly BudgetBar[] }) {
  const sum = budget.steps.reduce((t, s) => t + s.ms, 0);
  return (
    <details className="of-table">
      <summary>Every step as a table</summary>
      <table>
        <caption className="visually-hidden">Time spent on each step of your order</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Starts at</th>
            <th scope="col">Takes</th>
          </tr>
        </thead>
        <tbody>
          {budget.steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">{shortLabel(s.id)}</th>
              <td>{fmt(s.startMs)}</td>
              <td>{fmt(s.ms)}</td>
            </tr>
          ))}
          <tr className="of-sum">
            <th scope="row">Sum of the steps (you waited this long)</th>
            <td />
            <td>{fmt(sum)}</td>
          </tr>
          {after.map((s) => (
            <tr key={`after-${s.part}`}>
              <th scope="row">{shortLabel(s.id)}, after the confirmation</th>
              <td>{fmt(s.startMs)}</td>
              <td>{fmt(s.ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
