import type { Page } from '@playwright/test';
import { expect, expectAccessible, stat, test, timeReadout } from './fixtures';

// This page decodes a world map and computes a 12,000-request run before it shows: allow for
// a busy machine (the shared openLab waits 10 s).
test.describe.configure({ timeout: 120_000 });
async function openLab(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`./#/lab/${id}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible({
    timeout: 40_000,
  });
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

/** A cell of the per-city table under the map. */
const cityCell = (page: Page, city: string, col: number) =>
  page.locator(`.cdn-table tr[data-city="${city}"] td`).nth(col);
const ms = async (text: Promise<string | null>) => parseFloat((await text) ?? '');

test('the world map plays, and the table shows each round trip next to its physics', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'cdn', 'speed=5');
  const map = page.getByRole('img', { name: /World map: the origin in Virginia, edge servers in/ });
  await expect(map).toBeVisible();
  // Countries drawn, and one marker per city, edge and the origin.
  await expect(page.locator('.cdn-land')).toHaveAttribute('d', /^M/);
  await expect(page.locator('.cdn-map .cdn-city')).toHaveCount(12);
  await expect(page.locator('.cdn-map .cdn-edge')).toHaveCount(8);
  await expect(page.locator('.cdn-map .cdn-origin')).toHaveCount(1);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(500);
  await page.getByRole('button', { name: 'Pause' }).click();
  // Chennai is 1,033 km from the Mumbai edge: 10.3 ms of fibre, 20.3 ms with the edge's work,
  // and its hits take exactly that.
  await expect(cityCell(page, 'chennai', 0)).toHaveText('Mumbai edge');
  await expect(cityCell(page, 'chennai', 1)).toHaveText('1,033 km');
  await expect(cityCell(page, 'chennai', 2)).toHaveText('10.3 ms');
  await expect(cityCell(page, 'chennai', 3)).toHaveText('20.3 ms');
  await expect(cityCell(page, 'chennai', 4)).toHaveText('20.3 ms');
  await expect(
    page.getByRole('img', { name: /^Where requests are answered/ }).first(),
  ).toBeVisible();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('turning the CDN off sends everyone to Virginia and slows the far cities', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'cdn');
  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('10');
  await expect.poll(() => timeReadout(page)).toContain('10.0 s');
  expect(await ms(page.locator('[data-stat="p50"]').textContent())).toBeLessThan(20);
  await page.getByRole('checkbox', { name: 'CDN' }).uncheck();
  await expect(page).toHaveURL(/cdn=false/);
  await expect(cityCell(page, 'sydney', 0)).toHaveText('Origin');
  await expect(page.locator('.cdn-map .cdn-edge')).toHaveCount(0);
  await timeline.fill('12');
  await expect.poll(() => ms(page.locator('[data-stat="p50"]').textContent())).toBeGreaterThan(150);
  // Sydney to Virginia: 15,674 km, 157 ms of fibre; its users wait over 200 ms.
  await expect.poll(() => ms(cityCell(page, 'sydney', 4).textContent())).toBeGreaterThan(200);
  expect(consoleErrors).toEqual([]);
});

test('compare mode runs the CDN against no CDN on the same traffic', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'cdn');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: /Variant A: cdn = true/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Variant B: cdn = false/ })).toBeVisible();
  // Compact views: two maps, no failure controls.
  await expect(page.locator('.cdn-map')).toHaveCount(2);
  await expect(page.getByLabel('Break a server')).toHaveCount(0);
  const table = page.getByRole('table', { name: /two variants side by side/ });
  const whole = table.locator('tbody').nth(1).locator('tr[data-variant]');
  await expect(whole).toHaveCount(2);
  // p50 column: about 10 ms from an edge, far more from the origin.
  await expect
    .poll(async () => ms(whole.nth(1).locator('td').nth(3).textContent()))
    .toBeGreaterThan(150);
  expect(await ms(whole.nth(0).locator('td').nth(3).textContent())).toBeLessThan(20);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('killing an edge moves its city to the next nearest; killing the origin keeps hits working', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'cdn');
  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('10');
  await expect.poll(() => timeReadout(page)).toContain('10.0 s');
  await page.getByLabel('Break a server').selectOption({ label: 'Mumbai edge' });
  await page
    .getByRole('group', { name: 'Break or fix the Mumbai edge' })
    .getByRole('button', { name: 'Kill' })
    .click();
  await expect(page).toHaveURL(/events=kill%3Aedge-mumbai%4010/);
  await timeline.fill('15');
  await expect(cityCell(page, 'mumbai', 0)).toHaveText('Singapore edge');
  await expect(cityCell(page, 'mumbai', 1)).toHaveText('3,904 km');
  await expect(page.locator('.cdn-map .cdn-edge.is-down')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /Down: edge-mumbai/ })).toBeVisible();
  // Now the origin: misses fail, hits go on.
  await page.getByLabel('Break a server').selectOption({ label: 'Origin (Virginia)' });
  await page
    .getByRole('group', { name: /Break or fix the Origin/ })
    .getByRole('button', { name: 'Kill' })
    .click();
  await timeline.fill('30');
  await expect.poll(() => timeReadout(page)).toContain('30.0 s');
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(3);
  expect(parseFloat(await stat(page, 'errors'))).toBeLessThan(20);
  await expect(page.getByText('Origin (down)')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("predict, then run: Mumbai's hit time is computed from the runs", async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'cdn');
  const card = page
    .locator('.predict-card')
    .filter({ hasText: 'How long does a user in Mumbai wait' });
  await card.getByLabel('About 10 ms').check();
  await card.getByRole('button', { name: 'Run to check' }).click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.');
  await expect(card.getByRole('status')).toContainText('edge-mumbai is 0 km away');
  expect(consoleErrors).toEqual([]);
});
