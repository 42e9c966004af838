import type { Scenario } from '../../scenarios/scenario';

export type ControlsMode = 'full' | 'compact' | 'none';
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** How a lab page is shown: chosen by the link (embeds) rather than by the simulation. */
export interface Presentation {
  embed: boolean;
  controls: ControlsMode;
  /** Show the lesson (embeds hide it unless asked). */
  lesson: boolean;
  theme: ThemeChoice;
  /** Parameters the reader may not change. */
  lock: string[];
  /** The course page allowed to drive an embed through postMessage; null: the parent window, any origin. */
  origin: string | null;
  problems: string[];
}

const CONTROLS: readonly ControlsMode[] = ['full', 'compact', 'none'];
const THEMES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** Reads the presentation options from a lab link; bad values fall back with a problem message. */
export function readPresentation(
  scenario: Scenario,
  query: URLSearchParams,
  embed: boolean,
): Presentation {
  const problems: string[] = [];
  const c = query.get('controls');
  let controls: ControlsMode = embed ? 'compact' : 'full';
  if (c !== null) {
    if (c === '0') controls = 'none';
    else if (c === '1') controls = embed ? 'compact' : 'full';
    else if ((CONTROLS as readonly string[]).includes(c)) controls = c as ControlsMode;
    else problems.push(`controls: "${c.slice(0, 20)}" is not one of full, compact, none`);
  }
  const l = query.get('lesson');
  let lesson = !embed;
  if (l !== null) {
    if (l === 'show' || l === '1') lesson = true;
    else if (l === 'hide' || l === '0') lesson = false;
    else problems.push(`lesson: "${l.slice(0, 20)}" is not show or hide`);
  }
  const t = query.get('theme');
  let theme: ThemeChoice = 'auto';
  if (t !== null) {
    if ((THEMES as readonly string[]).includes(t)) theme = t as ThemeChoice;
    else problems.push(`theme: "${t.slice(0, 20)}" is not one of auto, light, dark`);
  }
  const names = new Set(scenario.params.map((p) => p.name));
  const lock: string[] = [];
  for (const n of (query.get('lock') ?? '').split(',').filter(Boolean)) {
    if (names.has(n)) lock.push(n);
    else problems.push(`lock: "${n.slice(0, 30)}" is not a parameter of this simulation`);
  }
  let origin: string | null = null;
  const o = query.get('origin');
  if (o !== null) {
    try {
      origin = new URL(o).origin;
    } catch {
      problems.push(
        `origin: "${o.slice(0, 40)}" is not an address like https://course.example.org`,
      );
    }
  }
  return { embed, controls, lesson, theme, lock, origin, problems };
}
