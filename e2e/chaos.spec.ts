import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, test, timeReadout } from './fixtures';

// The machine is shared: allow for a slow page without changing what is checked.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 60_000 });

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/chaos${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

const seek = (page: Page, seconds: number) =>
  page.getByRole('slider', { name: 'Simulated time' }).fill(String(seconds));
const figure = (page: Page, name: string) => page.locator(`.chaos-score [data-figure="${name}"]`);
const map = (page: Page) => page.locator('.chaos-map svg[role="img"]');
const events = (page: Page) => page.locator('.chaos-event-list');
const url = (page: Page) => decodeURIComponent(page.url());

test('the monkey strikes on its schedule; kills are listed and cost nines', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'regionDownAtS=0&killEveryS=30&healS=600&retries=0&duration=240');
  await expect(page.getByRole('heading', { name: 'Breaking things on purpose' })).toBeVisible();
  await page.getByRole('button', { name: 'A minute a second (60×)' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => timeReadout(page)).toMatch(/[1-9]\d* s|min/);
  await page.getByRole('button', { name: 'Pause' }).click();

  await seek(page, 200);
  await expect
    .poll(async () => Number(await figure(page, 'kills').textContent()))
    .toBeGreaterThan(3);
  await expect(events(page)).toContainText('The monkey killed');
  await expect(events(page)).toContainText('still down');
  // Dead instances are crossed out and say so in words, not by colour alone.
  await expect(map(page).locator('.chaos-instance.is-down').first()).toContainText('down');
  await expect(map(page)).toHaveAttribute('aria-label', /with [0-2] of 3 instances running/);
  await expect(figure(page, 'availability')).not.toHaveText('100%');
  await expect(figure(page, 'nines')).toHaveText(/(one|two) nines?|no nines/);
  expect(consoleErrors).toEqual([]);
});

test('kill an instance by hand, then take a region down: DNS moves its users', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'regionDownAtS=0&killEveryS=0&detectS=20&dnsTtlS=30&duration=300');
  await seek(page, 20);
  await page.getByLabel('Break by hand').selectOption({ label: 'Frankfurt instance 2' });
  await page
    .getByRole('group', { name: 'Break or fix the Frankfurt instance 2' })
    .getByRole('button', { name: 'Kill' })
    .click();
  await expect.poll(() => url(page)).toMatch(/kill:app-frankfurt-2@20\b/);
  await seek(page, 40);
  await expect(map(page)).toHaveAttribute('aria-label', /Frankfurt up with 2 of 3 instances/);

  await seek(page, 60);
  await page.getByRole('button', { name: 'Take Virginia down' }).click();
  await expect.poll(() => url(page)).toMatch(/kill:region-virginia@60\b/);
  await seek(page, 70);
  await expect(map(page)).toHaveAttribute('aria-label', /Virginia down/);
  await expect(figure(page, 'recovery')).toHaveText('still recovering');
  await expect(page.getByRole('button', { name: 'Bring Virginia back' })).toBeVisible();

  await seek(page, 300);
  await expect(map(page)).toHaveAttribute('aria-label', /New York users go to Frankfurt/);
  await expect(events(page)).toContainText('Virginia went dark');
  await expect(events(page)).toContainText('DNS health checks give up on Virginia');
  await expect(figure(page, 'recovery')).toHaveText(/\d+ s|min/);
  expect(consoleErrors).toEqual([]);
});

test('failover off: the outage never ends', async ({ page, consoleErrors }) => {
  await open(page, 'regionDownAtS=60&duration=360');
  await seek(page, 340);
  await expect(figure(page, 'recovery')).toHaveText(/\d+ s|min/);
  const withFailover = await figure(page, 'availability').textContent();

  await page.getByLabel('Regional failover').uncheck();
  await expect(page).toHaveURL(/failover=false/);
  await seek(page, 340);
  await expect(figure(page, 'recovery')).toHaveText('still recovering');
  await expect(figure(page, 'availability')).not.toHaveText(withFailover ?? '');
  await expect(map(page)).toHaveAttribute('aria-label', /New York users go to Virginia/);
  await expect(figure(page, 'budget')).toHaveText(/spent .* times over/);
  expect(consoleErrors).toEqual([]);
});

test('accessible with a region and an instance down', async ({ page, consoleErrors }) => {
  await open(page, 'regionDownAtS=20&killEveryS=0&duration=60&events=kill:app-mumbai-1@10');
  await seek(page, 40);
  await expect(map(page)).toHaveAttribute('aria-label', /Virginia down.*Mumbai up with 2 of 3/);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
