import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { FIXES, STOPS, stopIndex, type FixId } from './params';
import { FIX_LABELS, FIX_WORDS, formatCount } from './words';

/**
 * The journey's two controls: users in the slider's stops (100 to 100,000, each about three
 * times the last) and the eight fixes as toggle buttons. Any fix may be pressed at any time:
 * trying the wrong one is part of the lesson.
 */
export function JourneyControls({
  player,
  onFix,
}: {
  player: Player;
  onFix: (fix: FixId) => void;
}) {
  const users = usePlayerState(player, (s) => s.params.users as number);
  const fixes = usePlayerState(player, (s) => s.params.fixes as readonly FixId[]);
  const i = stopIndex(users);
  return (
    <div className="gj-controls">
      <label className="gj-users">
        <span>
          Users: <strong data-users>{formatCount(users)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={STOPS.length - 1}
          step={1}
          value={i}
          aria-label="Users, in journey stops"
          aria-valuetext={`${formatCount(users)} users`}
          onChange={(e) => player.setParam('users', STOPS[Number(e.target.value)]!)}
        />
      </label>
      <div className="gj-stops" role="group" aria-label="Jump to a number of users">
        {STOPS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={s === users}
            onClick={() => player.setParam('users', s)}
          >
            {formatCount(s)}
          </button>
        ))}
      </div>
      <fieldset className="gj-fixes">
        <legend>Fixes (press one to add it, again to take it out)</legend>
        {FIXES.map((f) => {
          const on = fixes.includes(f);
          return (
            <button
              key={f}
              type="button"
              className={on ? 'is-on' : ''}
              aria-pressed={on}
              title={FIX_WORDS[f]}
              onClick={() => onFix(f)}
              data-fix={f}
            >
              <span aria-hidden="true">{on ? '✓ ' : '+ '}</span>
              {FIX_LABELS[f]}
            </button>
          );
        })}
      </fieldset>
    </div>
  );
}
