import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { MODES, SWITCHABLE, type Mode, type Switchable } from './parts';

const PART_NAMES: Record<Switchable, string> = {
  cdn: 'CDN',
  cache: 'Cache',
  replicas: 'Read replicas',
  limiter: 'Rate limiter',
  queue: 'Event log',
};
const MODE_NAMES: Record<Mode, string> = {
  walkthrough: 'One order, step by step',
  scale: 'Run at scale',
};

/**
 * The page's own controls: which way to watch (one order, or the rush) and which parts to take
 * out. Each switch says its state in words and aria-pressed, not only by colour.
 */
export function PartSwitches({ player }: { player: Player }) {
  const mode = usePlayerState(player, (s) => s.params.mode as Mode);
  const off = usePlayerState(player, (s) => s.params.disable as readonly Switchable[]);
  const toggle = (part: Switchable) => {
    const next = off.includes(part) ? off.filter((p) => p !== part) : [...off, part];
    player.setParam(
      'disable',
      SWITCHABLE.filter((p) => next.includes(p)),
    );
  };
  return (
    <div className="of-switches">
      <div role="group" aria-label="Mode" className="of-modes">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => mode !== m && player.setParam('mode', m)}
          >
            {MODE_NAMES[m]}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Parts of the system" className="of-parts">
        {SWITCHABLE.map((p) => {
          const on = !off.includes(p);
          return (
            <button
              key={p}
              type="button"
              aria-pressed={on}
              className={on ? 'is-on' : 'is-off'}
              onClick={() => toggle(p)}
            >
              {PART_NAMES[p]}: {on ? 'on' : 'off'}
            </button>
          );
        })}
      </div>
    </div>
  );
}
