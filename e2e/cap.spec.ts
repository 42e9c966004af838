import type { Page } from '@playwright/test';
import { expect, expectAccessible, stat, test, timeReadout } from './fixtures';

// The machine is shared by several people: give a loaded page time to compute.
test.describe.configure({ timeout: 180_000 });
const slow = { timeout: 40_000 };

/** Opens the chapter by URL, like fixtures' openLab but patient with a busy machine. */
async function openLab(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/cap${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible(slow);
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–', slow);
}

/** A figure from the chapter's own strip, as a number (NaN for "–"). */
async function figure(page: Page, name: string, nth = 0): Promise<number> {
  const text = await page.locator(`[data-figure="${name}"]`).nth(nth).textContent();
  return Number((text ?? '').replace(/[^0-9.]/g, '') || NaN);
}

async function seekTo(page: Page, s: number): Promise<void> {
  await page.getByRole('slider', { name: 'Simulated time' }).first().fill(String(s));
  await expect.poll(() => timeReadout(page), slow).toContain(`${s.toFixed(1)} s`);
}

const map = (page: Page) => page.getByRole('img', { name: /^Three restaurants/ }).first();

test('play: CP cuts Mumbai off, refuses its orders and serves nothing stale', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'speed=4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')), slow)
    .toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Pause' }).click();
  await seekTo(page, 15);
  await expect(map(page)).toHaveAttribute('aria-label', /Mumbai: .*cut off: refusing orders/);
  await expect(map(page)).toHaveAttribute('aria-label', /Mumbai–Delhi cut, Mumbai–Bengaluru cut/);
  await expect(page.locator('.cap-map .cap-line.is-cut')).toHaveCount(2);
  expect(await figure(page, 'stale')).toBe(0);
  expect(await figure(page, 'availability-split')).toBeLessThan(70);
  await expect(
    page.getByRole('img', { name: /over time in each restaurant.*Lines cut: 10 s/ }),
  ).toBeVisible();
  expect(parseFloat(await stat(page, 'errors'))).toBeGreaterThan(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('switching to AP: everyone served, stale menus in the storm, conflicts at the heal', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page);
  await page.getByLabel('Mode', { exact: true }).selectOption('ap');
  await expect(page).toHaveURL(/mode=ap/);
  await seekTo(page, 15);
  await expect.poll(() => figure(page, 'stale'), slow).toBeGreaterThan(100);
  expect(await figure(page, 'availability-split')).toBe(100);
  expect(await figure(page, 'lost')).toBeLessThan(20);
  await seekTo(page, 25);
  await expect.poll(() => figure(page, 'conflicts'), slow).toBeGreaterThan(0);
  const lost = page.getByRole('region', { name: 'Prices thrown away by last-writer-wins' });
  await expect(lost).toContainText(/20\.\d s.*lost to .*\(from the storm\)/, slow);
  await expect(page.getByRole('table', { name: 'The menu in each restaurant now' })).toBeVisible();
  expect(await stat(page, 'errors')).toMatch(/^0/);
  expect(consoleErrors).toEqual([]);
});

test('compare mode: CP and AP side by side on the same traffic', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: mode = cp/ });
  const b = page.getByRole('region', { name: /Variant B: mode = ap/ });
  await expect(a).toBeVisible(slow);
  await expect(b).toBeVisible(slow);
  await expect(page.getByRole('table', { name: /two variants side by side/ })).toBeVisible();
  await seekTo(page, 15);
  await expect.poll(() => figure(page, 'stale', 0), slow).toBe(0);
  await expect.poll(() => figure(page, 'stale', 1), slow).toBeGreaterThan(0);
  // Compact views: no line switches inside either variant.
  await expect(a.getByRole('button', { name: /^Cut / })).toHaveCount(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('cutting lines by hand: one line costs CP nothing, two cut a city off', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'partition=none');
  await seekTo(page, 5);
  const lines = page.getByRole('group', { name: 'Phone lines between the cities' });
  await lines.getByRole('button', { name: 'Cut Mumbai–Delhi' }).click();
  await expect(page).toHaveURL(/events=kill%3Alink-mumbai-delhi%405/);
  await seekTo(page, 8);
  await expect(map(page)).toHaveAttribute('aria-label', /Mumbai–Delhi cut/, slow);
  await expect(lines.getByRole('button', { name: 'Heal Mumbai–Delhi' })).toBeVisible();
  await expect.poll(() => figure(page, 'availability-split'), slow).toBe(100);
  await lines.getByRole('button', { name: 'Cut Mumbai–Bengaluru' }).click();
  await seekTo(page, 12);
  await expect(map(page)).toHaveAttribute('aria-label', /Mumbai: .*refusing orders/, slow);
  await expect.poll(() => figure(page, 'availability-split'), slow).toBeLessThan(100);
  await lines.getByRole('button', { name: 'Heal every line' }).click();
  await seekTo(page, 14);
  await expect(page.locator('.cap-map .cap-line.is-cut')).toHaveCount(0, slow);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('predict, then run: the answer comes from the runs', async ({ page, consoleErrors }) => {
  await openLab(page);
  await page.getByLabel('Refusals, until the lines are back').check();
  await page.getByRole('button', { name: 'Run to check' }).click();
  await expect(page.getByText('Your prediction held.')).toBeVisible(slow);
  await expect(page.getByRole('status').filter({ hasText: 'Mumbai answered 0%' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
