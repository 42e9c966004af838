import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import type { Player } from '../../player/store';
import { composeView, downloadBlob, viewFigures } from './composeView';

/** A PNG of the view at the playhead, at twice screen resolution for slides. */
export async function exportPicture(name: string): Promise<void> {
  const canvas = await composeView(viewFigures(), 2);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('the picture could not be made');
  downloadBlob(blob, `${name}.png`);
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export interface ClipOptions {
  /** Simulated ms the clip covers, from the playhead. */
  spanMs: number;
  frames: number;
  /** Delay between frames in the GIF, ms. */
  delayMs: number;
}

/**
 * An animated GIF of the next few simulated seconds: the playhead is moved frame by frame,
 * each frame painted once React and the canvas have drawn it. The run is not changed, and the
 * playhead returns to where it was.
 */
export async function exportClip(
  player: Player,
  name: string,
  opts: ClipOptions,
  onProgress?: (share: number) => void,
): Promise<void> {
  const s = player.store.getState();
  const start = s.t;
  const wasPlaying = s.playing;
  player.pause();
  const gif = GIFEncoder();
  try {
    for (let i = 0; i < opts.frames; i++) {
      player.seek(start + (opts.spanMs * i) / Math.max(1, opts.frames - 1));
      await nextFrame();
      await nextFrame();
      const canvas = await composeView(viewFigures(), 1);
      const ctx = canvas.getContext('2d')!;
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay: opts.delayMs });
      onProgress?.((i + 1) / opts.frames);
    }
    gif.finish();
    downloadBlob(new Blob([gif.bytes()], { type: 'image/gif' }), `${name}.gif`);
  } finally {
    player.seek(start);
    if (wasPlaying) player.play();
  }
}
