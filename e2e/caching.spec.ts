import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, stat, test, timeReadout } from './fixtures';

// Several people share a busy two-core machine: loading a chapter, computing its runs and axe
// over a page this size can each take a while, so these tests are patient.
test.describe.configure({ timeout: 180_000 });
const LOAD_TIMEOUT = 30_000;

/** openLab from the fixtures, with more patience for a loaded machine. */
const openLab = async (page: Page, id: string, query = '') => {
  await page.goto(`./#/lab/${id}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({
    timeout: LOAD_TIMEOUT,
  });
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–', {
    timeout: LOAD_TIMEOUT,
  });
};

/** A figure from the cache readout ("64%", "351/s", "1,000 of 1,000") as a number. */
const figure = async (scope: Page | Locator, name: string): Promise<number> => {
  const text = (await scope.locator(`[data-figure="${name}"]`).first().textContent()) ?? '';
  return Number(text.replace(/,/g, '').replace(/[^\d.].*$/, ''));
};
const seek = async (page: Page, s: number) => {
  await page.getByRole('slider', { name: 'Simulated time' }).fill(String(s));
  await expect.poll(() => timeReadout(page)).toContain(`${s.toFixed(1)} s`);
};

test('the cache warms up from empty and takes most reads off the database', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'caching', 'speed=5');
  await expect(page.getByRole('heading', { name: 'The sticky note on the fridge' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Reads ask a cache of 1,000 entries/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await seek(page, 1);
  const cold = await figure(page, 'hit-ratio');
  await seek(page, 15);
  expect(await figure(page, 'hit-ratio')).toBeGreaterThan(cold);
  expect(await figure(page, 'hit-ratio')).toBeGreaterThan(50);
  await expect(page.locator('[data-figure="entries"]')).toHaveText('1,000 of 1,000');
  await expectAccessible(page);
  // The warm-up chart has a row per second in its data table. (Opened after the axe check:
  // the shared data table scrolls without being focusable, a known issue outside this chapter.)
  const chart = page.getByRole('region', { name: 'Cache charts' });
  await chart.getByText('Show data').first().click();
  await expect.poll(() => chart.locator('table').first().locator('tbody tr').count()).toBe(15);
  expect(consoleErrors).toEqual([]);
});

test('switching the cache off sends every read to the database, which falls behind', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'caching');
  await seek(page, 10);
  const cachedDbReads = await figure(page, 'db-reads');
  expect(await stat(page, 'errors')).toBe('0%');
  await page.getByRole('radio', { name: /No cache/ }).check();
  await expect(page).toHaveURL(/policy=none/);
  await seek(page, 10);
  await expect.poll(() => figure(page, 'hit-ratio')).toBe(0);
  expect(await figure(page, 'db-reads')).toBeGreaterThan(2 * cachedDbReads);
  await expect(page.locator('[data-figure="entries"]')).toHaveText('no cache');
  await expect(page.getByText(/Policy is none: there is no cache/)).toBeVisible();
  // The parameter panel follows the switch.
  await expect(page.getByLabel('Cache policy', { exact: true })).toHaveValue('none');
  expect(consoleErrors).toEqual([]);
});

test('killing the cache mid-run: reads fall through and the database is swamped', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'caching');
  await seek(page, 5);
  const cache = page.getByRole('group', { name: 'Break or fix the Cache' });
  await cache.getByRole('button', { name: 'Kill' }).click();
  await expect(page).toHaveURL(/events=kill%3Acache%405/);
  await seek(page, 8);
  await expect(page.locator('[data-figure="entries"]')).toHaveText('0 of 1,000');
  expect(await figure(page, 'hit-ratio')).toBe(0);
  await seek(page, 30);
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(1);
  await expect(cache.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
  // Restarted, it comes back empty and warms up again.
  await seek(page, 12);
  await cache.getByRole('button', { name: 'Restart', exact: true }).click();
  await seek(page, 20);
  expect(await figure(page, 'hit-ratio')).toBeGreaterThan(30);
  expect(consoleErrors).toEqual([]);
});

test('compare mode: the TTL cache against no cache on the same traffic', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'caching');
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: policy = ttl/ });
  const b = page.getByRole('region', { name: /Variant B: policy = none/ });
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();
  // Compact views: the pictures and the warm-up chart, no switches or kill buttons.
  await expect(page.getByRole('radio', { name: /No cache/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /Break or fix/ })).toHaveCount(0);
  await seek(page, 12);
  await expect.poll(() => figure(a, 'hit-ratio')).toBeGreaterThan(50);
  expect(await figure(b, 'hit-ratio')).toBe(0);
  expect(await figure(b, 'db-reads')).toBeGreaterThan(2 * (await figure(a, 'db-reads')));
  const table = page.getByRole('table', { name: /two variants side by side/ });
  await expect(table.locator('tbody').nth(1).locator('tr[data-variant]')).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByRole('region', { name: /Variant B/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('predict, then run: only the TTL serves stale reads; a goal is ticked', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'caching', 'duration=10');
  // Questions come one at a time: this is the second.
  await page.getByRole('button', { name: 'Next question' }).click();
  const card = page.locator('.predict-card').filter({ hasText: 'Which serves stale reads' });
  await card.getByLabel('Only the TTL').check();
  await card.getByRole('button', { name: 'Run to check' }).click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.', {
    timeout: 60_000,
  });
  await expect(card.getByRole('status')).toContainText('Delete-on-write served 0');
  // "Find the cache size where the hit ratio stops improving": 8,000 of 10,000 keys.
  const goal = page.locator('[data-exercise="plateau"]');
  await expect(goal).not.toHaveClass(/done/);
  await page.getByLabel('Cache size', { exact: true }).fill('8000');
  await page.getByLabel('Cache size', { exact: true }).press('Enter');
  await expect(goal).toHaveClass(/done/);
  expect(consoleErrors).toEqual([]);
});
