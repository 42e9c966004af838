import type { Page } from '@playwright/test';
import { expect, expectAccessible, stat, test, timeReadout } from './fixtures';

// Several people share this machine's two cores: give a loaded page time to compute.
test.describe.configure({ timeout: 180_000 });
const slow = { timeout: 40_000 };

/** Opens the chapter by URL, like fixtures' openLab but patient with a busy machine. */
async function openLab(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`./#/lab/${id}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible(slow);
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–', slow);
}

/** A figure from the chapter's own strip ("stale", "violations", "lost", ...), as a number. */
async function figure(page: Page, name: string, nth = 0): Promise<number> {
  const text = await page.locator(`[data-figure="${name}"]`).nth(nth).textContent();
  return Number((text ?? '').replace(/[^0-9.]/g, '') || NaN);
}

async function seekTo(page: Page, s: number): Promise<void> {
  await page.getByRole('slider', { name: 'Simulated time' }).first().fill(String(s));
  await expect.poll(() => timeReadout(page), slow).toContain(`${s.toFixed(1)} s`);
}

test('play: reads spread over replicas that lag, and the balance story shows it', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'read-replicas', 'speed=2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')), slow)
    .toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  const diagram = page.getByRole('img', {
    name: /sends writes to the primary and reads to 3 replicas/,
  });
  await expect(diagram).toBeVisible();
  // Each replica's lag is drawn under it.
  await expect(page.locator('.rr-overlay .rr-behind')).toHaveCount(3);
  await seekTo(page, 10);
  expect(await figure(page, 'stale')).toBeGreaterThan(0);
  expect(await figure(page, 'violations')).toBeGreaterThan(0);
  const story = page.getByRole('region', { name: 'Balance after a transfer' });
  await expect(story).toContainText(/User #\d+ moved money/);
  await expect(story).toContainText(/balance checks .* missed the user’s own transfer/);
  await expect(
    page.getByRole('img', { name: /How far behind each replica is at 10 s/ }),
  ).toBeVisible();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('read-your-writes ends the violations; sync ends stale reads and slows writes', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'read-replicas');
  await seekTo(page, 15);
  const asyncWriteP99 = await figure(page, 'write-p99');
  expect(await figure(page, 'violations')).toBeGreaterThan(50);
  await page.getByLabel('Read your own writes').check();
  await expect(page).toHaveURL(/readYourWrites=true/);
  await seekTo(page, 15);
  await expect.poll(() => figure(page, 'violations'), slow).toBe(0);
  expect(await figure(page, 'stale')).toBeGreaterThan(0);

  await page.getByLabel('Replication', { exact: true }).selectOption('sync');
  await seekTo(page, 15);
  await expect.poll(() => figure(page, 'stale'), slow).toBe(0);
  expect(await figure(page, 'write-p99')).toBeGreaterThan(2 * asyncWriteP99);
  expect(consoleErrors).toEqual([]);
});

test('compare mode: async and sync side by side on the same traffic', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'read-replicas');
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: replication = async/ });
  const b = page.getByRole('region', { name: /Variant B: replication = sync/ });
  await expect(a).toBeVisible(slow);
  await expect(b).toBeVisible(slow);
  await expect(page.getByRole('table', { name: /two variants side by side/ })).toBeVisible();
  await seekTo(page, 12);
  // Each variant shows its own figures: stale reads under async, none under sync.
  await expect.poll(() => figure(page, 'stale', 0), slow).toBeGreaterThan(0);
  await expect.poll(() => figure(page, 'stale', 1), slow).toBe(0);
  // Compact views: no failure buttons inside either variant.
  await expect(a.getByRole('button', { name: 'Kill' })).toHaveCount(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('killing the primary: a replica is promoted and async loses confirmed writes', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'read-replicas');
  await seekTo(page, 8);
  const primary = page.getByRole('group', { name: 'Break or fix the Primary' });
  await primary.getByRole('button', { name: 'Kill' }).click();
  await expect(page).toHaveURL(/events=kill%3Aprimary%408/);
  await seekTo(page, 9);
  await expect(page.locator('.rr-failover')).toContainText(/primary is down/, slow);
  await seekTo(page, 14);
  await expect(page.locator('.rr-failover')).toContainText(
    /Replica \d was promoted to primary/,
    slow,
  );
  await expect.poll(() => figure(page, 'lost'), slow).toBeGreaterThan(0);
  // The promoted replica now carries the primary's label, and can itself be broken.
  await expect(page.getByRole('img', { name: /Primary \(R\d\)/ })).toBeVisible();
  await expect(primary.getByRole('button', { name: 'Kill' })).toBeVisible();
  expect(parseFloat(await stat(page, 'errors'))).toBeGreaterThan(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
