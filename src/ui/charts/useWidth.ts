import { useLayoutEffect, useState } from 'react';

/**
 * The width of a container in CSS pixels, following resizes. It is measured before the first
 * paint of the container, so a chart never flashes at the wrong width (on a phone, wider than
 * the screen); where there is no layout (jsdom) it stays `fallback`. The ref is a callback, so
 * a container that appears after the first render (a chart that waits for data) is measured.
 */
export function useWidth<E extends HTMLElement>(fallback = 480) {
  const [el, setEl] = useState<E | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!el) return;
    // Ignore zero (hidden, detached, or no layout) so a collapsed panel keeps a sane width.
    const take = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    take(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => take(entries[0]?.contentRect.width ?? 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [setEl, width] as const;
}
