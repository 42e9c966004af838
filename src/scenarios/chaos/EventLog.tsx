import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { useChartMoment, usePlayerState } from '../../ui/hooks/usePlayer';
import { chaosEvents, victimNames, type ChaosEvent } from './events';
import { clock } from './readouts';
import { regionsFor } from './sites';

/** How many of the latest events the list shows (the strip shows them all). */
const LIST_LENGTH = 8;
const STRIP_W = 800;
const STRIP_H = 44;

/** Shapes per kind, so the strip reads without colour: kills are triangles, the rest bars. */
function Mark({ e, x }: { e: ChaosEvent; x: number }) {
  if (e.kind === 'kill')
    return <path className="chaos-mark kill" d={`M ${x - 5} 8 L ${x + 5} 8 L ${x} 18 Z`} />;
  return <rect className={`chaos-mark ${e.kind}`} x={x - 1.5} y={22} width={3} height={16} />;
}

/** The monkey's kills and the outage's milestones, on a strip and as a list, up to the playhead. */
export function EventLog({ player }: { player: Player }) {
  const moment = useChartMoment(player, 1000);
  const data = moment?.data;
  const params = usePlayerState(player, (s) => s.params);
  const frames = data?.frames.length ?? 0;
  const regions = params.regions as number;
  const instances = params.instances as number;
  const all = useMemo(() => {
    if (!data) return [];
    const sites = regionsFor(regions);
    return chaosEvents(data.layout, data.frames, sites, victimNames(sites, instances));
    // New frames arrive in place (data.frames grows), so their count is part of the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, frames, regions, instances]);
  if (!moment) return null;
  const { t } = moment;
  const past = all.filter((e) => e.t <= t);
  const durationMs = moment.data.layout.durationMs;
  const x = (ms: number) => 10 + ((STRIP_W - 20) * ms) / durationMs;
  const outage = past.find((e) => e.kind === 'down');
  const back = outage && past.find((e) => e.kind === 'back' && e.t > outage.t);
  return (
    <section className="chaos-events" aria-label="What happened so far">
      <h3>What happened so far</h3>
      <svg
        className="chaos-strip"
        viewBox={`0 0 ${STRIP_W} ${STRIP_H}`}
        role="img"
        aria-label={`Timeline: ${past.filter((e) => e.kind === 'kill').length} kills so far${outage ? `, a region down from ${clock(outage.t / 1000)}` : ''}`}
      >
        <line className="chaos-strip-axis" x1={10} x2={STRIP_W - 10} y1={30} y2={30} />
        {outage && (
          <rect
            className="chaos-strip-outage"
            x={x(outage.t)}
            y={20}
            width={Math.max(2, x(back ? back.t : t) - x(outage.t))}
            height={20}
          />
        )}
        {past.map((e, i) => (
          <Mark key={i} e={e} x={x(e.t)} />
        ))}
        <line className="chaos-strip-now" x1={x(t)} x2={x(t)} y1={2} y2={STRIP_H - 2} />
      </svg>
      {past.length === 0 ? (
        <p className="muted">Nothing has broken yet.</p>
      ) : (
        <ol className="chaos-event-list" start={Math.max(1, past.length - LIST_LENGTH + 1)}>
          {past.slice(-LIST_LENGTH).map((e, i) => (
            <li key={`${e.t}-${i}`} data-kind={e.kind}>
              <time>{clock(e.t / 1000)}</time> {e.text}
              {e.kind === 'kill' &&
                (e.backAt !== undefined && e.backAt <= t
                  ? `, back at ${clock(e.backAt / 1000)}`
                  : ', still down')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
