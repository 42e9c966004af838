import { useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';

/** Picture (PNG) and short clip (GIF) of the view, for slides and course notes. */
export function ExportMenu({ player }: { player: Player }) {
  const scenario = usePlayerState(player, (s) => s.scenario.id);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (what: 'png' | 'gif') => {
    setBusy(what === 'png' ? 'Making the picture…' : 'Recording 0%');
    try {
      // Loaded on first use: the encoder is not needed until someone exports.
      const { exportClip, exportPicture } = await import('./exportClip');
      const t = Math.round(player.store.getState().t / 100) / 10;
      const name = `scale-lab-${scenario}-${t}s`;
      if (what === 'png') await exportPicture(name);
      else {
        const speed = player.store.getState().speed;
        await exportClip(
          player,
          name,
          { spanMs: Math.min(30_000, 5000 * speed), frames: 40, delayMs: 125 },
          (p) => setBusy(`Recording ${Math.round(p * 100)}%`),
        );
      }
      setBusy('Saved');
    } catch (e) {
      setBusy(`Could not export: ${(e as Error).message}`);
    }
    setTimeout(() => setBusy(null), 2500);
  };
  return (
    <div className="export-menu" role="group" aria-label="Export">
      <button type="button" onClick={() => run('png')} disabled={busy !== null && busy !== 'Saved'}>
        Picture
      </button>
      <button
        type="button"
        onClick={() => run('gif')}
        disabled={busy !== null && busy !== 'Saved'}
        title="A 5-second clip at the current speed"
      >
        Clip
      </button>
      <span role="status" className="share-status">
        {busy ?? ''}
      </span>
    </div>
  );
}
