import type { Player } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';
import { formatSeconds } from './formatTime';

/** Scrub back and forth through the run; the shaded part is what has been computed. */
export function Timeline({ player }: { player: Player }) {
  // Tenths of a second: enough for the readout, far fewer renders than every animation frame.
  const tenths = usePlayerState(player, (s) => Math.floor(s.t / 100));
  const durationMs = usePlayerState(player, (s) => s.data?.layout.durationMs ?? s.durationS * 1000);
  const computed = usePlayerState(player, (s) =>
    s.data ? Math.floor(s.data.computedUntil / 100) : 0,
  );
  const seconds = tenths / 10;
  const total = durationMs / 1000;
  const computedPct = Math.min(100, (computed / 10 / total) * 100);
  return (
    <div className="timeline">
      <input
        type="range"
        min={0}
        max={total}
        step={0.1}
        value={seconds}
        aria-label="Simulated time"
        aria-valuetext={`${formatSeconds(seconds)} of ${formatSeconds(total)}`}
        style={{ ['--computed' as string]: `${computedPct}%` }}
        onChange={(e) => player.seek(Number(e.currentTarget.value) * 1000)}
      />
      <output className="time-readout" aria-live="off">
        {formatSeconds(seconds)} / {formatSeconds(total)}
        {computedPct < 100 && (
          <span className="computing"> · computing {Math.floor(computedPct)}%</span>
        )}
      </output>
    </div>
  );
}
