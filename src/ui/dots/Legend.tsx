import { Outcome } from '../../engine';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../theme/palette';
import { OUTCOME_SHAPES, type DotShape } from './shapes';
import './dots.css';

const ORDER = [Outcome.pending, Outcome.ok, Outcome.rejected, Outcome.timedOut, Outcome.failed];

/** The same shapes the canvas draws (see shapes.ts), as SVG, centred in a 16 x 16 box. */
function Glyph({ shape, color }: { shape: DotShape; color: string }) {
  const c = 8;
  const r = 5;
  const filled = { fill: color, stroke: 'none' };
  let el;
  switch (shape) {
    case 'circle':
      el = <circle cx={c} cy={c} r={r} {...filled} />;
      break;
    case 'ring':
      el = <circle cx={c} cy={c} r={r * 0.75} fill="none" stroke={color} strokeWidth={r * 0.6} />;
      break;
    case 'square':
      el = <rect x={c - r * 0.85} y={c - r * 0.85} width={r * 1.7} height={r * 1.7} {...filled} />;
      break;
    case 'diamond':
      el = (
        <polygon
          points={`${c},${c - r * 1.2} ${c + r * 1.2},${c} ${c},${c + r * 1.2} ${c - r * 1.2},${c}`}
          {...filled}
        />
      );
      break;
    case 'triangle':
      el = (
        <polygon
          points={`${c},${c - r * 1.2} ${c + r * 1.1},${c + r * 0.8} ${c - r * 1.1},${c + r * 0.8}`}
          {...filled}
        />
      );
      break;
  }
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" data-shape={shape}>
      {el}
    </svg>
  );
}

/** What the dots' colours and shapes mean. A list, so it reads in order without the canvas. */
export function Legend({ className }: { className?: string }) {
  return (
    <ul className={`dot-legend${className ? ` ${className}` : ''}`} aria-label="Request dots">
      {ORDER.map((o) => (
        <li key={o}>
          <Glyph shape={OUTCOME_SHAPES[o]!} color={OUTCOME_COLORS[o]!} />
          <span>{OUTCOME_LABELS[o]}</span>
        </li>
      ))}
      <li className="dot-legend-note">Outlines flash where a request ends</li>
    </ul>
  );
}
