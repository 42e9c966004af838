import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the page has painted `frames` times since: for parts
 * below the fold (charts, parameters) that can wait, so a chapter's first paint does not also
 * build them in the same long task on a slow phone. Each step is its own task, and not a
 * transition: a playing simulation updates every frame and would keep interrupting one.
 */
export function useAfterPaint(frames = 1): boolean {
  // Without animation frames (a test environment without layout) there is nothing to wait for.
  const [ready, setReady] = useState(() => typeof requestAnimationFrame !== 'function');
  useEffect(() => {
    if (ready) return;
    let left = frames;
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs before a paint; the timeout after it runs once that paint is done.
    const next = () => {
      raf = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (--left > 0) next();
          else setReady(true);
        }, 0);
      });
    };
    next();
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [frames, ready]);
  return ready;
}
