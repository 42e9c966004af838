import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, stat, test, timeReadout } from './fixtures';

// The machine is shared: allow for a slow page and a slow axe pass without changing the checks.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

/** Opens this chapter by URL and waits for its first numbers. */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/connection-pooling${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

/** "61 ms", "1.1 s" as milliseconds. */
const toMs = (text: string): number => {
  const m = /([\d.]+)\s*(ms|s)/.exec(text);
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : NaN;
};
const errors = async (page: Page) => parseFloat(await stat(page, 'errors'));
const readout = (page: Page) => page.locator('.cp-readout');

async function seek(page: Page, seconds: number): Promise<void> {
  await page.getByRole('slider', { name: 'Simulated time' }).fill(String(seconds));
  await expect.poll(() => timeReadout(page)).toContain(`${seconds}.0 s`);
}

test('play, then switch the pool off: every request pays for a connection', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'speed=2');
  await expect(page.getByRole('heading', { name: 'Keep the line open' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /borrow one of up to 20 pooled connections/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await seek(page, 20);
  const pooled = toMs(await stat(page, 'p50'));
  await expect(readout(page)).toContainText(/Database: \d+ queries running, 20 connections/);

  await page.getByRole('switch', { name: /Lend connections from a pool/ }).click();
  await expect(page).toHaveURL(/pool=off/);
  await expect(page.getByRole('img', { name: /open a new database connection/ })).toBeVisible();
  await seek(page, 20);
  // About one connect time (35 ms) more per request.
  await expect.poll(async () => toMs(await stat(page, 'p50'))).toBeGreaterThan(pooled + 25);
  await expect(readout(page)).toContainText('Connections:');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('a pool too small makes requests give up; a bigger one fixes it', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'poolSize=8');
  await seek(page, 20);
  await expect.poll(() => errors(page)).toBeGreaterThan(10);
  await expect(readout(page)).toContainText(/Pool: 8 in use, 0 idle, 0 opening, [1-9]\d* waiting/);

  const size = page.getByLabel('Pool size', { exact: true });
  await size.fill('20');
  await size.press('Enter');
  await expect(page).not.toHaveURL(/poolSize=8/);
  await seek(page, 20);
  await expect.poll(() => stat(page, 'errors')).toBe('0%');
  expect(consoleErrors).toEqual([]);
});

test('compare mode: pool on and pool off on the same traffic', async ({ page, consoleErrors }) => {
  await open(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: /Variant A: pool = on/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Variant B: pool = off/ })).toBeVisible();
  const table = page.getByRole('table', { name: /two variants side by side/ });
  const rows = table.locator('tbody').nth(1).locator('tr[data-variant]');
  await expect(rows).toHaveCount(2);
  const p50 = async (i: number) =>
    toMs((await rows.nth(i).locator('td').nth(3).textContent()) ?? '');
  await expect.poll(() => p50(1)).toBeGreaterThan(0);
  expect((await p50(1)) - (await p50(0))).toBeGreaterThan(25);
  // Compact views inside compare mode carry no controls of their own.
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByRole('region', { name: /Variant B/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('kill the database mid-run: requests fail until it is restarted', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  await seek(page, 10);
  await expect(page.locator('[data-stat="errors"]')).toHaveText('0%');
  const db = page.getByRole('group', { name: 'Break or fix the Database' });
  await db.getByRole('button', { name: 'Kill' }).click();
  await expect(page).toHaveURL(/events=kill%3Adb%4010/);
  await seek(page, 15);
  await expect.poll(() => errors(page)).toBeGreaterThan(10);
  await expect(readout(page)).toContainText('Database: down');
  await db.getByRole('button', { name: 'Restart' }).click();
  await seek(page, 20);
  await expect(readout(page)).toContainText(/Database: \d+ queries running, 20 connections/);
  expect(consoleErrors).toEqual([]);
});

test('predict, then run: turning the pool on saves about one connect', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  const card = page.locator('.predict-card').filter({ hasText: 'Turn the pool on' });
  await card.getByLabel('By about one connect time').check();
  await card.getByRole('button', { name: 'Run to check' }).click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.');
  await expect(card.getByRole('status')).toContainText(
    /Without the pool every request waited 3\d ms/,
  );
  expect(consoleErrors).toEqual([]);
});
