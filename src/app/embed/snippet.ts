import type { ControlsMode, ThemeChoice } from './presentation';

export interface EmbedChoices {
  controls: ControlsMode;
  autoplay: boolean;
  speed: number;
  lesson: boolean;
  theme: ThemeChoice;
  lock: string[];
  height: number;
}

/**
 * The embed address for the current run: same scenario, parameters, seed and interventions,
 * shown through `#/embed/<id>` with the chosen presentation options.
 */
export function embedUrl(pageHref: string, scenario: string, c: EmbedChoices): string {
  const url = new URL(pageHref);
  const query = new URLSearchParams(url.hash.split('?')[1] ?? '');
  for (const k of ['embed', 'controls', 'autoplay', 'lesson', 'theme', 'lock', 'speed', 'vs'])
    query.delete(k);
  if (c.controls !== 'compact') query.set('controls', c.controls);
  if (c.autoplay) query.set('autoplay', '1');
  if (c.speed !== 1) query.set('speed', String(c.speed));
  if (c.lesson) query.set('lesson', 'show');
  if (c.theme !== 'auto') query.set('theme', c.theme);
  if (c.lock.length) query.set('lock', c.lock.join(','));
  url.hash = `/embed/${scenario}?${query.toString()}`;
  return url.toString();
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe snippet a course page pastes in. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
