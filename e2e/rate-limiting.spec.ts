import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openLab, stat, test, timeReadout } from './fixtures';

async function seek(page: Page, s: number): Promise<void> {
  await page.getByRole('slider', { name: 'Simulated time' }).fill(String(s));
  await expect.poll(() => timeReadout(page)).toContain(`${s.toFixed(1)} s`);
}

/** A cell of the per-client table: role steady | bursty | attacker, column passed | limited. */
const cell = (scope: Page | Locator, role: string, column: string) =>
  scope.locator(`tr[data-role="${role}"] td[data-cell="${column}"]`).first();
const count = async (l: Locator) => Number(((await l.textContent()) ?? '').replace(/\D/g, ''));
/** "92 ms" or "1.2 s" in ms. */
const ms = (text: string) => (text.endsWith(' s') ? parseFloat(text) * 1000 : parseFloat(text));

test('plays: steady users pass, the attacker is turned away', async ({ page, consoleErrors }) => {
  await openLab(page, 'rate-limiting', 'speed=10&duration=15&attackStartS=5');
  await expect(
    page.getByRole('img', {
      name: /through a rate limiter \(fixed window, 10 per 1 s per client\)/,
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/\D/g, '')))
    .toBeGreaterThan(30);
  await page.getByRole('button', { name: 'Pause' }).click();
  await seek(page, 15);
  await expect.poll(() => count(cell(page, 'attacker', 'limited'))).toBeGreaterThan(1000);
  await expect(cell(page, 'steady', 'limited')).toHaveText('0');
  expect(await count(cell(page, 'steady', 'passed'))).toBeGreaterThan(100);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('switching the limiter off lets the attacker ruin it for everyone', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'rate-limiting', 'duration=20');
  await seek(page, 20);
  expect(ms(await stat(page, 'p99'))).toBeLessThan(150);
  await page.getByLabel('Algorithm', { exact: true }).selectOption('none');
  await expect(page).toHaveURL(/algorithm=none/);
  await expect.poll(async () => ms(await stat(page, 'p99'))).toBeGreaterThan(250);
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(10);
  await expect(cell(page, 'attacker', 'limited')).toHaveText('0');
  expect(consoleErrors).toEqual([]);
});

test('compare: a fixed and a sliding window face the same bursts', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'rate-limiting', 'burstSize=20&duration=10');
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: algorithm = fixed-window/ });
  const b = page.getByRole('region', { name: /Variant B: algorithm = sliding-window/ });
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();
  await seek(page, 7);
  await expect(a.getByTestId('burst-summary')).toContainText(
    '20 sent, 20 let through, 0 turned away',
  );
  await expect(a.getByTestId('burst-summary')).toContainText('within one 1 s window: 20');
  await expect(b.getByTestId('burst-summary')).toContainText(
    '20 sent, 10 let through, 10 turned away',
  );
  await expect(b.getByTestId('burst-summary')).toContainText('within one 1 s window: 10');
  // Compact views: no failure buttons inside the variants, one shared table below.
  await expect(a.getByRole('button', { name: 'Kill' })).toHaveCount(0);
  const table = page.getByRole('table', { name: /two variants side by side/ });
  await expect(table.locator('tbody').nth(1).locator('tr[data-variant]')).toHaveCount(2);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('slowing the server mid-attack: no limiter fails, a limiter holds', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'rate-limiting', 'algorithm=none&attackerRps=500&duration=20');
  await seek(page, 12);
  await page.getByRole('button', { name: 'Slow 4×' }).click();
  await expect(page).toHaveURL(/events=slow%3Aserver%4012/);
  await seek(page, 20);
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(30);
  await expect.poll(async () => ms(await stat(page, 'p99'))).toBeGreaterThan(800);
  // The same slowdown behind a sliding window: the server keeps up with what gets through.
  await page.getByLabel('Algorithm', { exact: true }).selectOption('sliding-window');
  await expect(page).toHaveURL(/events=slow%3Aserver%4012/);
  await expect.poll(async () => ms(await stat(page, 'p99'))).toBeLessThan(400);
  await page.getByRole('button', { name: 'Kill' }).click();
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('predict, then run; and a try-this goal ticks', async ({ page, consoleErrors }) => {
  await openLab(page, 'rate-limiting', 'duration=12');
  const card = page.locator('.predict-card').filter({ hasText: 'twice its limit' });
  await card.getByLabel('Fixed window').check();
  await card.getByRole('button', { name: 'Run to check' }).click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.', {
    timeout: 30_000,
  });
  await expect(card.getByRole('status')).toContainText('fixed window 20, sliding window 10');
  const goal = page.locator('[data-exercise="double"]');
  await expect(goal).not.toHaveClass(/done/);
  await page.getByLabel('Burst size', { exact: true }).fill('20');
  await page.getByLabel('Burst size', { exact: true }).press('Enter');
  await expect(goal).toHaveClass(/done/);
  expect(consoleErrors).toEqual([]);
});
