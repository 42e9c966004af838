import type { Page } from '@playwright/test';
import { expect, expectAccessible, stat, test } from './fixtures';

const ID = 'message-queues';
// The machine is shared by several parallel builds; give axe and the seeks room.
test.describe.configure({ timeout: 90_000 });
/** Like fixtures' openLab, with room for a slow first load on a busy shared machine. */
async function openLab(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`./#/lab/${id}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–', { timeout: 30_000 });
}
const seconds = (text: string) =>
  text.endsWith(' ms') ? parseFloat(text) / 1000 : text.endsWith(' s') ? parseFloat(text) : NaN;
const seek = (page: Page, s: number) =>
  page.getByRole('slider', { name: 'Simulated time' }).fill(String(s));
/** The customer's median wait as the chapter's banner shows it, in seconds. */
const waitP50 = async (page: Page) =>
  seconds((await page.locator('[data-figure="wait-p50"]').first().textContent()) ?? '');

test('plays: orders flow and the customer’s wait shows', async ({ page, consoleErrors }) => {
  await openLab(page, ID, 'speed=20');
  await expect(page.getByRole('heading', { name: 'The kitchen ticket rail' })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(10);
  await expect.poll(() => waitP50(page)).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('img', { name: /Customers place orders/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the page has no serious accessibility problems (kafka, mid-rush)', async ({ page }) => {
  test.setTimeout(150_000);
  await openLab(page, ID, 'mode=kafka&spike=true');
  await seek(page, 25);
  await expectAccessible(page);
});

test('switching sync to a queue cuts the wait from seconds to under one', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, ID);
  await seek(page, 60);
  await expect.poll(() => waitP50(page)).toBeGreaterThan(3);
  await page.getByLabel('Design', { exact: true }).selectOption('rabbitmq');
  await expect(page).toHaveURL(/mode=rabbitmq/);
  await seek(page, 60);
  await expect.poll(() => waitP50(page)).toBeLessThan(1);
  await expect(page.getByRole('img', { name: /publishes the order to RabbitMQ/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('email down: sync fails every order, the queue confirms them all', async ({ page }) => {
  await openLab(page, ID, 'emailDown=true');
  await seek(page, 60);
  await expect.poll(() => stat(page, 'errors')).toBe('100%');
  await expect(page.locator('[data-figure="failed"]')).toContainText('orders failed');
  await page.getByLabel('Design', { exact: true }).selectOption('kafka');
  await seek(page, 60);
  await expect.poll(() => stat(page, 'errors')).toBe('0%');
  await expect(page.getByRole('img', { name: /Email \d{2,}/ })).toBeVisible();
  // The provider comes back mid-run: the backlog starts to drain.
  await seek(page, 30);
  const provider = page.getByRole('group', { name: 'Break or fix the Email provider' });
  await provider.getByRole('button', { name: 'Restart' }).click();
  await expect(page).toHaveURL(/events=restart%3Aemail-provider%4030/);
  await seek(page, 60);
  await expect(page.getByRole('img', { name: /Email [0-5],/ })).toBeVisible();
});

test('killing a worker that holds messages: they are redelivered, no order fails', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, ID, 'mode=rabbitmq&spike=true');
  await seek(page, 20.6);
  await page.getByLabel('Worker', { exact: true }).selectOption('rider-2');
  const worker = page.getByRole('group', { name: 'Break or fix the Rider worker 2' });
  await worker.getByRole('button', { name: 'Kill' }).click();
  await expect(page).toHaveURL(/events=kill%3Arider-2%4020\.6/);
  await expect(worker.getByRole('button', { name: 'Restart' })).toBeVisible();
  await seek(page, 60);
  await expect.poll(() => stat(page, 'errors')).toBe('0%');
  expect(consoleErrors).toEqual([]);
});

test('compare mode: sync against rabbitmq on the same orders', async ({ page, consoleErrors }) => {
  test.setTimeout(150_000);
  await openLab(page, ID);
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: mode = sync/ });
  const b = page.getByRole('region', { name: /Variant B: mode = rabbitmq/ });
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();
  await seek(page, 40);
  const table = page.locator('table').filter({ hasText: 'mode = rabbitmq' });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').filter({ hasText: 'mode = sync' }).first()).toContainText(
    /\d\.\d s/,
  );
  await expect(
    table.locator('tbody tr').filter({ hasText: 'mode = rabbitmq' }).first(),
  ).toContainText(/\d{3} ms/);
  // Compact views: the pictures, no extra controls.
  await expect(b.getByRole('img', { name: /RabbitMQ/ })).toBeVisible();
  await expect(b.getByLabel('Worker', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('kafka replay: the button rewinds analytics from the playhead', async ({ page }) => {
  await openLab(page, ID, 'mode=kafka');
  await seek(page, 30);
  await page.getByRole('button', { name: /Replay analytics from offset 0 at 30 s/ }).click();
  await expect(page).toHaveURL(/replayAtS=30/);
  await expect(page.getByLabel('Replay analytics at', { exact: true })).toHaveValue('30');
});
