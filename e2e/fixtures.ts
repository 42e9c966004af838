import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Console errors and page errors seen during a test; every spec asserts there are none. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await use(errors);
  },
});

export { expect };

/** Opens a lab page by data, not clicks: `#/lab/<id>?<query>`. */
export async function openLab(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`./#/lab/${id}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

/** The number shown in a stats-strip cell ("Requests", "Answered", ...). */
export async function stat(page: Page, name: string): Promise<string> {
  return (await page.locator(`[data-stat="${name}"]`).first().textContent()) ?? '';
}

export async function timeReadout(page: Page): Promise<string> {
  return (await page.locator('.time-readout').first().textContent()) ?? '';
}

/** Zero serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
