import { useMemo } from 'react';
import type { Player } from '../../player/store';
import { Legend, RequestCanvas } from '../../ui/dots';
import { liveNodeState } from '../../ui/diagram/liveNode';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { drawnBoxes, type DrawnBox, type LiveReader } from './boxes';
import type { Part } from './budget';
import { BOX, DB, H, PEOPLE, W, dotPositions, partBox } from './layout';
import { REGIONS, type Mode, type Switchable } from './parts';
import { PartBox, Person } from './PartBox';
import { stepWires, wiresFor } from './wires';
import type { WalkStep } from './walk';

/** Whether a box is what the current walkthrough step is about. */
function isCurrent(b: DrawnBox, step: WalkStep): boolean {
  const part: Part = partBox(step.part);
  if (b.region !== undefined) {
    if (b.region !== 0) return false;
    return (part === 'primary' && b.row === 0) || (part === 'replica' && (b.row ?? 0) > 0);
  }
  if (step.kind === 'after' && b.key === `reader-${step.part}`) return true;
  return b.part === part;
}

/** The picture in words, for screen readers: what is where, and what is switched off. */
function describe(mode: Mode, off: ReadonlySet<Switchable>, step: WalkStep | null): string {
  const offText = off.size ? ` Switched off: ${[...off].join(', ')}.` : ' Every part is on.';
  const who = mode === 'scale' ? 'Thousands of customers and one abusive client' : 'Your phone';
  const now = step ? ` Now showing: ${step.words.title}.` : '';
  return (
    `${who} reach a food-delivery system: the app’s files from a CDN edge, a load balancer and eight app servers, ` +
    `a cache in front of a database sharded by region with a primary and replicas per shard, a rate limiter before the order service, ` +
    `and an event log read by the restaurant, delivery, analytics and loyalty services.${offText}${now}`
  );
}

/** The whole system, with the current step's parts and wires picked out, and the moving requests. */
export function FlowDiagram({ player, step }: { player: Player; step: WalkStep | null }) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const mode = usePlayerState(player, (s) => s.params.mode as Mode);
  const disable = usePlayerState(player, (s) => s.params.disable as readonly Switchable[]);
  const abuseRps = usePlayerState(player, (s) => s.params.abuseRps as number);
  const off = useMemo(() => new Set(disable), [disable]);
  const live: LiveReader = {
    node: (name) => liveNodeState(layout, frame, name),
    gauge: (name) => {
      const i = layout?.gauges.findIndex((g) => g.name === name) ?? -1;
      return i < 0 || !frame ? NaN : (frame.gauges[i] ?? NaN);
    },
  };
  const boxes = drawnBoxes(mode, off, live);
  const wires = wiresFor(off);
  const lit = new Set(step ? stepWires(step.leg, step.part, off, step.kind === 'after') : []);
  const names = layout?.componentNames;
  const positions = useMemo(() => dotPositions(names ?? []), [names]);
  return (
    <div className="diagram-wrap of-diagram">
      <figure className="diagram" style={{ aspectRatio: `${W} / ${H}` }}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe(mode, off, step)}>
          <text x={BOX.app.x + 60} y={H - 14} className="of-zone">
            Data centre
          </text>
          {wires.map((w) => (
            <line
              key={w.id}
              x1={w.from.x}
              y1={w.from.y}
              x2={w.to.x}
              y2={w.to.y}
              className={`of-wire${w.detour ? ' is-detour' : ''}${lit.has(w.id) ? ' is-lit' : ''}`}
            />
          ))}
          {REGIONS.map((r, i) => (
            <text key={r.id} x={DB.x0 + i * DB.dx} y={DB.headerY} className="of-heading">
              {r.label}
            </text>
          ))}
          {boxes.map((b) => (
            <PartBox key={b.key} box={b} current={step !== null && isCurrent(b, step)} />
          ))}
          <Person
            x={BOX.phone.x}
            y={BOX.phone.y}
            label="You"
            current={step !== null && ['uplink', 'downlink', 'edge', 'origin'].includes(step.part)}
          />
          {mode === 'scale' && (
            <>
              <Person x={PEOPLE.customers.x} y={PEOPLE.customers.y} label="Customers" crowd />
              {abuseRps > 0 && (
                <Person x={PEOPLE.abuser.x} y={PEOPLE.abuser.y} label="Abuser" abuser />
              )}
            </>
          )}
        </svg>
        <RequestCanvas player={player} positions={positions} height={H} label="Moving requests" />
      </figure>
      <Legend />
    </div>
  );
}
