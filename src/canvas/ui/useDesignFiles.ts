import { useCallback, useState } from 'react';
import type { Design } from '../design/types';
import { PREVIOUS_KEY, save } from '../persist/autosave';
import { readDesign } from '../persist/boot';
import { designToSvg, svgToPng, type DiagramLoad } from '../persist/diagramSvg';
import { serializeDesign } from '../design/schema';
import { designFileName, download, readJsonFile } from '../persist/files';
import { shareLink } from '../persist/shareLink';
import { useCanvasStore } from './context';

/**
 * Files, links and pictures of the design. Import checks the file completely before anything
 * changes: a bad file gets a message and the design on the canvas stays as it was.
 */
export function useDesignFiles(
  replaceDesign: (d: Design, why: string) => void,
  lighting: DiagramLoad | null,
) {
  const store = useCanvasStore();
  const [link, setLink] = useState<string | null>(null);
  const say = useCallback(
    (text: string, tone: 'info' | 'error' = 'info') => {
      setLink(null);
      store.getState().say(text, tone);
    },
    [store],
  );
  const present = () => store.getState().history.present;

  const importFile = useCallback(
    async (file: File) => {
      const text = await readJsonFile(file);
      if (!text.ok) return say(`${text.error} Your design is unchanged.`, 'error');
      const r = readDesign(text.value);
      if ('errors' in r)
        return say(
          `${file.name} is not a usable design: ${r.errors.slice(0, 3).join('; ')}. Your design is unchanged.`,
          'error',
        );
      setLink(null);
      replaceDesign(
        r.design,
        `The design in ${file.name}${r.migrated ? ' (an older format, brought up to date)' : ''}`,
      );
    },
    [replaceDesign, say],
  );

  const exportJson = () => {
    const d = present();
    download(designFileName(d), new Blob([serializeDesign(d)], { type: 'application/json' }));
    say(`Saved ${designFileName(d)}.`);
  };

  const share = () => {
    const r = shareLink(present(), window.location.href);
    if (!r.ok) return say(r.why, 'error');
    say('Share link ready: it holds the whole design.');
    setLink(r.url);
    // Copying may be refused (no permission, no focus); the link is on screen either way.
    navigator.clipboard?.writeText(r.url).then(
      () => store.getState().say('Share link copied: it holds the whole design.'),
      () => {},
    );
  };

  const picture = async (format: 'png' | 'svg') => {
    const d = present();
    const { svg, width, height } = designToSvg(d, lighting ?? undefined);
    const base = designFileName(d).replace(/\.json$/, '');
    try {
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, width, height);
      download(`${base}.${format}`, blob);
      say(`Saved ${base}.${format}.`);
    } catch (e) {
      say(`Could not make the picture: ${(e as Error).message}.`, 'error');
    }
  };

  const backup = (d: Design) => void save(PREVIOUS_KEY, d);

  return {
    link,
    importFile: (f: File) => void importFile(f),
    exportJson,
    share,
    picture: (f: 'png' | 'svg') => void picture(f),
    backup,
  };
}
