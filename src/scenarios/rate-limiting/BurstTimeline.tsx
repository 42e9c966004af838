import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { formatSeconds } from '../../ui/charts';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { burstDecisions, burstFrame } from './burstLog';
import { describeLimiter } from './model';

const W = 800;
const H = 150;
const LEFT = 64;
const RIGHT = 780;
const AXIS = 82;

/**
 * The bursty job up close: one burst, each request a mark above the line when it went on to the
 * server and below when it got a 429, with the window boundaries and the busiest window shaded.
 * This is where a fixed window's weakness shows: marks on both sides of a boundary all pass.
 */
export function BurstTimeline({ player }: { player: Player }) {
  const params = usePlayerState(player, (s) => s.params);
  const durationMs = usePlayerState(player, (s) => s.durationS * 1000);
  // Ten updates per simulated second are plenty for marks 10 ms or more apart.
  const t = usePlayerState(player, (s) => Math.floor(s.t / 10) * 10);
  const all = useMemo(() => burstDecisions(params, durationMs), [params, durationMs]);
  const frame = burstFrame(all, params, durationMs, t);
  const windowMs = params.windowMs as number;
  const { allowance } = describeLimiter(params);
  if (!frame)
    return <p className="rl-timeline-empty muted">The bursty job is off (burst size 0).</p>;
  const x = (ms: number) => LEFT + ((ms - frame.from) / (frame.to - frame.from)) * (RIGHT - LEFT);
  const fixed = params.algorithm === 'fixed-window';
  const busiest = frame.busiest;
  const summary =
    `Burst ${frame.index}, around ${formatSeconds(frame.tick / 1000)}: ${frame.marks.length} sent, ` +
    `${frame.passed} let through, ${frame.turnedAway} turned away` +
    (frame.waiting > 0 ? `, ${frame.waiting} waiting in the bucket.` : '.') +
    (busiest
      ? ` Most let through within one ${formatSeconds(windowMs / 1000)} window: ${busiest.count} (${allowance}).`
      : '');
  return (
    <figure className="rl-timeline">
      <figcaption>
        <strong>Bursty job, up close.</strong> <span data-testid="burst-summary">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {busiest && (
          <rect
            className="rl-busiest"
            x={x(busiest.from)}
            y={14}
            width={Math.max(2, x(Math.min(frame.to, busiest.from + windowMs)) - x(busiest.from))}
            height={AXIS - 14}
          />
        )}
        {frame.boundaries.map((b) => (
          <g key={b} className={fixed ? 'rl-boundary resets' : 'rl-boundary'}>
            <line x1={x(b)} x2={x(b)} y1={8} y2={H - 22} />
            <text x={x(b)} y={H - 6}>
              {formatSeconds(b / 1000)}
            </text>
          </g>
        ))}
        <line className="rl-axis" x1={LEFT} x2={RIGHT} y1={AXIS} y2={AXIS} />
        <text className="rl-axis-label" x={LEFT - 6} y={AXIS - 30}>
          passed
        </text>
        <text className="rl-axis-label" x={LEFT - 6} y={AXIS + 30}>
          429
        </text>
        {frame.marks.map((d, i) =>
          !d.admitted ? (
            <line
              key={i}
              className="rl-mark limited"
              x1={x(d.at)}
              x2={x(d.at)}
              y1={AXIS + 3}
              y2={AXIS + 38}
            />
          ) : d.passAt <= t ? (
            <line
              key={i}
              className="rl-mark passed"
              x1={x(d.passAt)}
              x2={x(d.passAt)}
              y1={AXIS - 3}
              y2={AXIS - 48}
            />
          ) : (
            <circle key={i} className="rl-mark waiting" cx={x(d.at)} cy={AXIS} r={4} />
          ),
        )}
        {t >= frame.from && t <= frame.to && (
          <line className="rl-playhead" x1={x(t)} x2={x(t)} y1={4} y2={H - 22} />
        )}
      </svg>
      <ul className="rl-timeline-key" aria-label="Timeline key">
        <li>
          <span className="rl-key passed" aria-hidden="true" /> above the line: went on to the
          server
        </li>
        <li>
          <span className="rl-key limited" aria-hidden="true" /> below: turned away (429)
        </li>
        <li>
          <span className="rl-key boundary" aria-hidden="true" />{' '}
          {fixed ? 'a fixed window starts counting again' : 'each whole window of the clock'}
        </li>
        <li>
          <span className="rl-key busiest" aria-hidden="true" /> the busiest window
        </li>
      </ul>
    </figure>
  );
}
