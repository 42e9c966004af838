import { startTransition, useEffect, useState } from 'react';

/** How long a step may wait for an interrupted transition before it is done in one go. */
export const AFTER_PAINT_BACKSTOP_MS = 800;

/**
 * False on the first render, true once the page has painted `frames` times since: for parts
 * below the fold (charts, parameters) that can wait, so a chapter's first paint does not also
 * build them in the same long task on a slow phone. The step is a transition, which React
 * renders in small slices; a playing simulation updates every frame and keeps interrupting a
 * transition, so after AFTER_PAINT_BACKSTOP_MS the step is made as a plain update instead.
 */
export function useAfterPaint(frames = 1): boolean {
  // Without animation frames (a test environment without layout) there is nothing to wait for.
  const [ready, setReady] = useState(() => typeof requestAnimationFrame !== 'function');
  useEffect(() => {
    if (ready) return;
    let left = frames;
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let backstop: ReturnType<typeof setTimeout> | undefined;
    // rAF runs before a paint; the timeout after it runs once that paint is done.
    const next = () => {
      raf = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (--left > 0) return next();
          startTransition(() => setReady(true));
          backstop = setTimeout(() => setReady(true), AFTER_PAINT_BACKSTOP_MS);
        }, 0);
      });
    };
    next();
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      clearTimeout(backstop);
    };
  }, [frames, ready]);
  return ready;
}
