import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** JavaScript files a page loads while it loads and settles (from its resource timings). */
export async function scriptsLoaded(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  return page.evaluate(
    'performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.split("?")[0].endsWith(".js"))',
  );
}

/**
 * Frame times while the dots move, measured in the page with requestAnimationFrame, plus the
 * number of dots drawn (the canvas reports it). Returns the median frame rate and dot count.
 */
export async function measureFrames(
  page: Page,
  seconds: number,
): Promise<{ fps: number; p95FrameMs: number; dots: number }> {
  return page.evaluate(async (s) => {
    const deltas: number[] = [];
    const dots: number[] = [];
    let last = performance.now();
    const end = last + s * 1000;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        deltas.push(now - last);
        last = now;
        const c = document.querySelector<HTMLCanvasElement>('figure.diagram canvas');
        dots.push(Number(c?.dataset.dots ?? 0));
        if (now < end) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const sorted = [...deltas].sort((a, b) => a - b);
    const med = sorted[Math.floor(sorted.length / 2)]!;
    const dotsSorted = [...dots].sort((a, b) => a - b);
    return {
      fps: 1000 / med,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)]!,
      dots: dotsSorted[Math.floor(dots.length / 2)]!,
    };
  }, seconds);
}

/**
 * How long the page takes to answer real key presses while a heavy run computes and plays:
 * Event Timing entries (input delay + handlers + the next paint), as browsers measure INP.
 * Presses answered within 16 ms produce no entry and count as 16.
 */
export async function inputDelays(page: Page, presses: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: number[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__events.push(e.duration);
    }).observe({
      type: 'event',
      buffered: false,
      durationThreshold: 16,
    } as PerformanceObserverInit);
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 2 === 0 ? '+' : '-');
    await page.waitForTimeout(200);
  }
  const seen = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  return [...seen, ...Array.from({ length: Math.max(0, presses - seen.length) }, () => 16)];
}
