import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

// axe-core runs inside the page itself, injected once per document: @axe-core/playwright
// opens a second page to assemble every result, which costs seconds per check on a small
// machine, and these specs only need the violations.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every axe violation on the page as it is now (all impacts). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** Zero serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const bad = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.targets.length})`)).toEqual([]);
}
