import { useId } from 'react';
import type { Player } from '../../player/store';
import { formatSeconds } from '../../ui/charts';
import { useWidth } from '../../ui/charts/useWidth';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { OKABE_ITO } from '../../ui/theme/palette';
import { CITIES } from './cities';
import { dishName, rupees, writerName } from './live';
import { behindMs, dishSegments, splitSpans } from './timeline';

const LEFT = 92;
const RIGHT = 12;
const TOP = 20;
const ROW = 30;
const GAP = 8;
const AXIS = 22;
const HEIGHT = TOP + CITIES.length * (ROW + GAP) + AXIS;
/** Who set the price: one colour per city, grey for the original menu. */
export const WRITER_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green];
const ORIGINAL = '#9a9a9a';

/**
 * One row per city: the chosen dish's price over time, coloured by the city that set it and
 * hatched while that copy is behind the newest confirmed price, with the storm shaded.
 */
export function ValueTimeline({ player, dish }: { player: Player; dish: number }) {
  const moment = useChartMoment(player);
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const hatch = `cap-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!moment) return null;
  const { data, t } = moment;
  const dur = data.layout.durationMs;
  const plotW = Math.max(10, width - LEFT - RIGHT);
  const x = (ms: number) => LEFT + (Math.min(Math.max(ms, 0), dur) / dur) * plotW;
  const minMs = dur / plotW; // narrower than a pixel: merged
  const rows = CITIES.map((c, i) => ({ c, i, segs: dishSegments(data, t, i, dish, minMs) }));
  const spans = splitSpans(data, t);
  const ticks = Array.from({ length: 7 }, (_, k) => (k * dur) / 6);
  const summary =
    `${dishName(dish)} over time in each restaurant, at ${formatSeconds(t / 1000)}: ` +
    rows
      .map(({ c, segs }) => {
        const now = segs[segs.length - 1];
        const b = behindMs(segs) / 1000;
        return `${c.name} shows ${now ? rupees(now.price) : '–'}${now ? ` set by ${writerName(now.writer)}` : ''}, behind for ${b.toFixed(1)} s so far`;
      })
      .join('; ') +
    (spans.length
      ? `. Lines cut: ${spans.map((s) => `${formatSeconds(s.from / 1000)} to ${formatSeconds(s.to / 1000)}`).join(', ')}.`
      : '. No line cut so far.');
  return (
    <figure className="cap-timeline">
      <figcaption>{dishName(dish)}: each restaurant’s price over time</figcaption>
      <div ref={ref}>
        <svg width={width} height={HEIGHT} role="img" aria-label={summary}>
          <defs>
            <pattern
              id={hatch}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="transparent" />
              <line
                x1="0"
                y1="0"
                x2="0"
                y2="6"
                stroke="#000"
                strokeOpacity="0.55"
                strokeWidth="2.5"
              />
            </pattern>
          </defs>
          {spans.map((s, k) => (
            <g key={k} className="cap-storm">
              <rect
                x={x(s.from)}
                y={TOP - 4}
                width={Math.max(1, x(s.to) - x(s.from))}
                height={HEIGHT - TOP - AXIS + 4}
              />
              <text x={x(s.from) + 4} y={TOP - 7}>
                lines cut
              </text>
            </g>
          ))}
          {rows.map(({ c, i, segs }) => {
            const y = TOP + i * (ROW + GAP);
            return (
              <g key={c.id}>
                <text x={LEFT - 8} y={y + ROW / 2 + 5} className="cap-row-label">
                  {c.name}
                </text>
                {segs.map((s, k) => {
                  const x0 = x(s.from);
                  const w = Math.max(0.5, x(s.to) - x0);
                  return (
                    <g key={k}>
                      <rect
                        x={x0}
                        y={y}
                        width={w}
                        height={ROW}
                        fill={WRITER_COLORS[s.writer] ?? ORIGINAL}
                      />
                      {s.behind && (
                        <rect x={x0} y={y} width={w} height={ROW} fill={`url(#${hatch})`} />
                      )}
                      {w >= 44 && (
                        <text x={x0 + 4} y={y + ROW / 2 + 5} className="cap-seg-label">
                          {rupees(s.price)}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={HEIGHT - AXIS} className="cap-playhead" />
          {ticks.map((tk) => (
            <text key={tk} x={x(tk)} y={HEIGHT - 6} className="cap-tick">
              {formatSeconds(tk / 1000)}
            </text>
          ))}
        </svg>
      </div>
      <ul className="cap-timeline-key" aria-label="Timeline key">
        {CITIES.map((c, i) => (
          <li key={c.id}>
            <span
              className="cap-swatch"
              style={{ background: WRITER_COLORS[i] }}
              aria-hidden="true"
            />
            set by {c.name}
          </li>
        ))}
        <li>
          <span className="cap-swatch" style={{ background: ORIGINAL }} aria-hidden="true" />
          original menu
        </li>
        <li>
          <span className="cap-swatch cap-swatch-hatch" aria-hidden="true" />
          hatched: behind the newest confirmed price
        </li>
      </ul>
    </figure>
  );
}
