import type { KeyboardEvent } from 'react';
import type { WalkStep } from './walk';

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${+ms.toFixed(1)} ms`);

/**
 * Next and Back through the steps of your order. While the stepper has focus the arrow keys
 * (the player's step keys) move a step instead of a second, and Home/End jump to the ends;
 * the key press is marked handled so the page-wide shortcut leaves it alone.
 */
export function Stepper({
  steps,
  index,
  onMove,
}: {
  steps: readonly WalkStep[];
  index: number;
  onMove: (i: number) => void;
}) {
  const n = steps.length;
  const step = steps[index];
  const go = (i: number) => {
    if (i >= 0 && i < n && i !== index) onMove(i);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  if (!step) return null;
  const when =
    step.kind === 'after'
      ? `starts ${fmt(step.startMs)} after you opened the app and takes ${fmt(step.ms)}; you do not wait for it`
      : `takes ${fmt(step.ms)}; ${fmt(step.elapsedMs)} since you opened the app`;
  return (
    <div
      className="of-stepper"
      role="group"
      aria-roledescription="stepper"
      aria-label="Your order, step by step (arrow keys move a step)"
      tabIndex={0}
      onKeyDown={onKey}
    >
      <div className="of-stepper-bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Back
        </button>
        <span className="of-step-count">
          Step {index + 1} of {n}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === n - 1}>
          Next →
        </button>
      </div>
      <div aria-live="polite" className="of-step-words">
        <h3 className="of-step-title">{step.words.title}</h3>
        <p className="of-step-when">This step {when}.</p>
        <p>{step.words.text}</p>
      </div>
    </div>
  );
}
