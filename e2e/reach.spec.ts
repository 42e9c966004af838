import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { builtChapters } from '../src/app/chapters';

/**
 * Every route on a 360-px phone in the dark theme with reduced motion: zero axe violations of
 * any impact, and nothing wider than the screen. (Each chapter's own spec runs axe on the
 * desktop layout in the light theme, in the states that chapter can reach.)
 * Routes come from the app's own chapter list, so a new chapter is checked without editing this.
 */

/** Every page the app links to, plus an embed and a wrong address. */
const ROUTES = [
  '#/',
  ...builtChapters().map((c) => c.href),
  '#/embed/caching?controls=compact',
  '#/no-such-page',
];

/** Waits until the page has drawn its content: a heading, and a run's numbers on a lab page. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1, [data-stat="requests"]').first()).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  const stat = page.locator('[data-stat="requests"]');
  if ((await stat.count()) > 0) await expect(stat.first()).not.toHaveText('–');
  // A chapter page adds its parameters and charts a frame later: check the whole page.
  if ((await page.locator('.lab:not(.lab-embed)').count()) > 0)
    await expect(page.locator('.lab-params .param-panel')).toBeVisible();
}

async function violations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`,
  );
}

/** How far the page is wider than the window, in CSS pixels (0 when it fits). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const route of ROUTES) {
  test(`${route}: fits a 360-px phone in the dark theme with no axe violations`, async ({
    page,
    consoleErrors,
  }) => {
    test.slow();
    const problems: string[] = [];
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(`./${route}`);
    await settle(page);
    const wider = await overflow(page);
    if (wider > 0) problems.push(`${wider}px wider than the screen`);
    problems.push(...(await violations(page)));
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
