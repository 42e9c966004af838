import { useEffect, useState } from 'react';

/**
 * The width of a container in CSS pixels, following resizes. Until measured (first render,
 * or jsdom, which has no layout) it is `fallback`, so charts always render something sane.
 * The ref is a callback, so a container that appears after the first render (a chart that
 * waits for data) is still measured.
 */
export function useWidth<E extends HTMLElement>(fallback = 480) {
  const [el, setEl] = useState<E | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      // Ignore zero (hidden or detached) so a collapsed panel does not draw a 0-wide chart.
      if (w > 0) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [setEl, width] as const;
}
