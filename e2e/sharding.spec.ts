import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, stat, test, timeReadout } from './fixtures';

// The machine is shared: allow for a slow page and a slow axe pass without checking less.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/sharding${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

async function seek(page: Page, s: number): Promise<void> {
  await page.getByRole('slider', { name: 'Simulated time' }).fill(String(s));
  await expect.poll(() => timeReadout(page)).toContain(`${s}.0 s`);
}

const shard = (page: Page, name: string) => page.locator(`[data-shard="${name}"]`).first();
const count = async (page: Page, name: string) =>
  Number((await stat(page, name)).replace(/,/g, ''));

test('play: requests go through the router to their shards, and a fifth shard joins', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'speed=1');
  await expect(page.getByRole('heading', { name: 'Splitting the filing cabinet' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /router sends each request to the shard holding its user/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => count(page, 'requests')).toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  await seek(page, 4);
  await expect(shard(page, 'shard-5')).toHaveAttribute('data-state', 'joins at 8 s');
  await seek(page, 19);
  await expect(shard(page, 'shard-5')).toHaveAttribute('data-state', 'ok');
  await expect(page.locator('.key-space-note')).toContainText(
    '80% of all 100,000 users change shard, 100% of them copied so far',
  );
  await expect(page.getByRole('img', { name: /80 have moved/ })).toBeVisible();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('a celebrity at 30% fills one shard while the others idle', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'addShardAtS=0');
  await seek(page, 10);
  await expect(page.locator('[data-stat="errors"]')).toHaveText('0%');
  await expect(shard(page, 'shard-1')).toHaveAttribute('data-state', 'ok');
  const box = page.getByLabel('Celebrity share', { exact: true });
  await box.fill('0.3');
  await box.press('Enter');
  await expect(page).toHaveURL(/hotKeyShare=0.3/);
  await seek(page, 10);
  await expect(shard(page, 'shard-1')).toHaveAttribute('data-state', 'FULL');
  await expect(shard(page, 'shard-2')).toHaveAttribute('data-state', 'ok');
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(1);
  await expect(page.getByRole('img', { name: /shard 1 100% busy, full/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('compare: modulo moves four users in five, a ring one in five', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  const a = page.getByRole('region', { name: /Variant A: placement = modulo/ });
  const b = page.getByRole('region', { name: /Variant B: placement = consistent-hash/ });
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();
  await expect(page).toHaveURL(/vs=placement/);
  await expect(a.locator('.key-space-note')).toContainText('80% of all 100,000 users');
  await expect(b.locator('.key-space-note')).toContainText('21% of all 100,000 users');
  // Compact views: no failure controls or charts inside the variants.
  await expect(a.getByLabel('Shard to break or fix')).toHaveCount(0);
  await expect(page.getByRole('table', { name: /two variants side by side/ })).toBeVisible();
  await seek(page, 12);
  await expect(a.locator('[data-shard="shard-5"]')).toHaveAttribute('data-state', 'ok');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('slow one shard: every cross-shard query waits for it', async ({ page, consoleErrors }) => {
  await open(page, 'addShardAtS=0&shards=8&queryRps=10');
  await seek(page, 5);
  await page.getByLabel('Shard to break or fix').selectOption('3');
  await page
    .getByRole('group', { name: 'Break or fix the Shard 3' })
    .getByRole('button', { name: 'Slow 4×' })
    .click();
  await expect(page).toHaveURL(/events=slow%3Ashard-3%405/);
  await seek(page, 15);
  await expect(shard(page, 'shard-3')).toHaveAttribute('data-state', /FULL|SLOW 4×/);
  const slowest = page.locator('.fan-legs li.is-slowest');
  await expect(slowest).toHaveAttribute('data-leg', '3');
  await expect(slowest).toContainText('slowest');
  await expect(page.locator('.fan-out')).toContainText(/It took [\d.]+ s/);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('try this: a lumpy shard key is spotted from the finished run', async ({ page }) => {
  await open(page, 'shardKey=tenant&addShardAtS=0&rps=600');
  await expect(page.locator('[data-exercise="uneven-key"]')).toHaveClass(/done/);
  await expect(page.locator('[data-exercise="gentle-move"]')).not.toHaveClass(/done/);
});
