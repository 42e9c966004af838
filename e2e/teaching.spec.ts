import { expect, expectAccessible, openLab, test } from './fixtures';

test('predict, then run: the page runs both variants and says whether the guess held', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server');
  const card = page.locator('.predict-card').filter({ hasText: 'Users grow tenfold' });
  const run = card.getByRole('button', { name: 'Run to check' });
  await expect(run).toBeDisabled();
  await card.getByLabel('About ten times slower').check();
  await run.click();
  await expect(card.getByRole('status')).toContainText(
    'Not this time: it was More than fifty times slower.',
  );
  await expect(card.locator('tbody tr')).toHaveCount(2);
  // Choosing the right answer: the same runs now confirm it.
  await card.getByLabel('More than fifty times slower').check();
  await run.click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.');
  // "Watch" loads that variant on the page.
  await card.getByRole('button', { name: 'Watch' }).last().click();
  await expect(page.getByLabel('Users', { exact: true })).toHaveValue('1000');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('try this: a goal is ticked when a finished run reaches it, and stays ticked after reload', async ({
  page,
}) => {
  await openLab(page, 'single-server');
  const item = page.locator('[data-exercise="comfortable"]');
  await expect(item).not.toHaveClass(/done/);
  await page.getByLabel('Users', { exact: true }).fill('150');
  await page.getByLabel('Users', { exact: true }).press('Enter');
  await expect(item).toHaveClass(/done/);
  await expect(page.getByLabel(/1 of 4 done/)).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-exercise="comfortable"]')).toHaveClass(/done/);
});

test('compare mode runs two variants on the same traffic, side by side', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server', 'users=700');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: /Variant A: workers = 8/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Variant B: workers = 16/ })).toBeVisible();
  await expect(page).toHaveURL(/vs=workers%253D16|vs=workers%3D16/);
  const table = page.getByRole('table', { name: /two variants side by side/ });
  // Whole-run figures: B (16 workers) answers about twice as many requests a second.
  const rows = table.locator('tbody').nth(1).locator('tr[data-variant]');
  await expect(rows).toHaveCount(2);
  await expect
    .poll(async () => (await rows.nth(1).locator('td').last().textContent()) ?? '')
    .toBe('80');
  await expect(rows.nth(0).locator('td').last()).toHaveText('39');
  // One player drives both: play, then both views' numbers move together.
  await page.getByRole('slider', { name: 'Simulated time' }).fill('30');
  const soFar = table.locator('tbody').nth(0).locator('tr[data-variant]');
  await expect(soFar.nth(0).locator('td').first()).not.toHaveText('0');
  await expect(soFar.nth(1).locator('td').first()).not.toHaveText('0');
  // Change what B varies.
  await page.getByLabel('B changes', { exact: true }).selectOption('serviceMs');
  await expect(page.getByRole('region', { name: /Variant B: serviceMs = 400/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByRole('region', { name: /Variant B/ })).toHaveCount(0);
  await expect(page).not.toHaveURL(/vs=/);
  expect(consoleErrors).toEqual([]);
});
