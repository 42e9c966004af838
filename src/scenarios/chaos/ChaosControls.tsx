import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import type { RegionColumn } from './layout';
import type { RegionNow } from './live';
import { names } from './sites';

/** Playback speeds that suit minutes of simulated time: real time, and a minute in a few seconds. */
const SPEEDS = [
  { x: 1, label: 'Real time' },
  { x: 10, label: '10×' },
  { x: 60, label: 'A minute a second (60×)' },
];

/** Every part a learner may break by hand: instances, balancers and databases, by region. */
function breakableParts(columns: readonly RegionColumn[]) {
  return columns.flatMap((c) => [
    ...c.instanceX.map((_, k) => ({
      name: names.instance(c.site.id, k),
      label: `${c.site.name} instance ${k + 1}`,
    })),
    { name: names.lb(c.site.id), label: `${c.site.name} load balancer` },
    { name: names.db(c.site.id), label: `${c.site.name} database` },
  ]);
}

/**
 * Failure injection: take a whole region down (or bring it back), break any one part by hand,
 * and pick a playback speed that makes minutes of failover watchable.
 */
export function ChaosControls({
  player,
  columns,
  regions,
}: {
  player: Player;
  columns: readonly RegionColumn[];
  regions: readonly RegionNow[];
}) {
  const id = useId();
  const speed = usePlayerState(player, (s) => s.speed);
  const parts = breakableParts(columns);
  const [chosen, setChosen] = useState(parts[0]!.name);
  // The regions or instances may change under us; fall back to the first part.
  const part = parts.find((p) => p.name === chosen) ?? parts[0]!;
  return (
    <div className="chaos-controls">
      <div role="group" aria-label="Take a region down" className="chaos-control-row">
        <span className="chaos-control-label">Regions:</span>
        {columns.map((c, i) =>
          regions[i]?.up === false ? (
            <button
              key={c.site.id}
              type="button"
              onClick={() => player.intervene(names.region(c.site.id), 'restart')}
            >
              Bring {c.site.name} back
            </button>
          ) : (
            <button
              key={c.site.id}
              type="button"
              className="danger"
              onClick={() => player.intervene(names.region(c.site.id), 'kill')}
            >
              Take {c.site.name} down
            </button>
          ),
        )}
      </div>
      <div className="chaos-control-row">
        <label htmlFor={id} className="chaos-control-label">
          Break by hand
        </label>
        <select id={id} value={part.name} onChange={(e) => setChosen(e.currentTarget.value)}>
          {parts.map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </select>
        <NodeActions player={player} node={part.name} label={part.label} />
      </div>
      <div role="group" aria-label="Playback speed" className="chaos-control-row">
        <span className="chaos-control-label">Watch at:</span>
        {SPEEDS.map((s) => (
          <button
            key={s.x}
            type="button"
            aria-pressed={speed === s.x}
            onClick={() => player.setSpeed(s.x)}
          >
            {s.label}
          </button>
        ))}
      </div>
    </div>
  );
}
