import type { Player } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';
import { SpeedControl } from './SpeedControl';
import { Timeline } from './Timeline';
import { SeedControl } from './SeedControl';
import { PauseIcon, PlayIcon, RestartIcon, StepBackIcon, StepForwardIcon } from './icons';

export const STEP_MS = 1000;

interface Props {
  player: Player;
  /** Compact: play, timeline and speed only (embeds, small screens). */
  compact?: boolean;
  /** Opens the keys card (the page owns it, so the ? key can open it too). */
  onHelp?: () => void;
}

/** The shared player: play/pause, step, restart, timeline, speed, seed and the keys card. */
export function PlayerBar({ player, compact = false, onHelp }: Props) {
  const playing = usePlayerState(player, (s) => s.playing);
  const status = usePlayerState(player, (s) => s.status);
  return (
    <div
      className={`player-bar${compact ? ' compact' : ''}`}
      role="group"
      aria-label="Simulation player"
    >
      <div className="player-buttons">
        <button
          type="button"
          className="primary play-button"
          onClick={player.toggle}
          disabled={status === 'error'}
          aria-keyshortcuts="Space"
        >
          {playing ? <PauseIcon /> : <PlayIcon />} {playing ? 'Pause' : 'Play'}
        </button>
        {!compact && (
          <>
            <button
              type="button"
              onClick={() => player.step(-STEP_MS)}
              aria-label="Step back one second"
              aria-keyshortcuts="ArrowLeft"
            >
              <StepBackIcon />
            </button>
            <button
              type="button"
              onClick={() => player.step(STEP_MS)}
              aria-label="Step forward one second"
              aria-keyshortcuts="ArrowRight"
            >
              <StepForwardIcon />
            </button>
            <button
              type="button"
              onClick={player.restart}
              aria-label="Restart from the beginning"
              aria-keyshortcuts="R"
            >
              <RestartIcon />
            </button>
          </>
        )}
      </div>
      <Timeline player={player} />
      <SpeedControl player={player} />
      {!compact && <SeedControl player={player} />}
      {!compact && onHelp && (
        <button
          type="button"
          className="help-button"
          onClick={onHelp}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
        >
          ?
        </button>
      )}
    </div>
  );
}
