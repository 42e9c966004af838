import type { Player } from '../../player/store';
import { formatSeconds } from '../controls/formatTime';
import { usePlayerState } from '../hooks/usePlayer';

/**
 * "Computing… 4 s of 1 min": shown on a variant whose run has not reached the playhead yet
 * (compare mode holds playback for it, but a seek back or a fresh variant can be ahead of it),
 * so an empty picture never reads as a result.
 */
export function VariantProgress({ player }: { player: Player }) {
  const text = usePlayerState(player, (s) => {
    if (s.status === 'error') return null;
    const d = s.data;
    if (d && (d.done || d.computedUntil >= s.t)) return null;
    const got = d ? Math.floor(d.computedUntil / 1000) : 0;
    return `Computing… ${formatSeconds(got)} of ${formatSeconds(s.durationS)}`;
  });
  return (
    <p className="variant-progress" role="status">
      {text}
    </p>
  );
}
