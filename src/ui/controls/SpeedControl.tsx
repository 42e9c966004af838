import { useId } from 'react';
import type { Player } from '../../player/store';
import { MAX_SPEED, MIN_SPEED } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';
import { formatSpeed } from './formatTime';

/** Speed from 0.1x to 1000x on a log slider: each notch multiplies, it does not add. */
export function SpeedControl({ player }: { player: Player }) {
  const speed = usePlayerState(player, (s) => s.speed);
  const id = useId();
  return (
    <div className="speed">
      <label htmlFor={id}>Speed</label>
      <input
        id={id}
        type="range"
        min={Math.log10(MIN_SPEED)}
        max={Math.log10(MAX_SPEED)}
        step={0.05}
        value={Math.log10(speed)}
        aria-valuetext={formatSpeed(speed)}
        aria-keyshortcuts="+ -"
        onChange={(e) => player.setSpeed(10 ** Number(e.currentTarget.value))}
      />
      <output htmlFor={id}>{formatSpeed(speed)}</output>
    </div>
  );
}
