import { expect, expectAccessible, openLab, test } from './fixtures';

test('presenter mode: beats with clicker keys, blanking, notes, and a live simulation', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server');
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-present', '1');
  const nav = page.getByRole('navigation', { name: 'Lesson beats' });
  await expect(nav).toContainText(/^Back1 \/ \d+Next/);
  await expect(page.getByRole('heading', { name: 'The lemonade stand', level: 2 })).toBeVisible();
  // A clicker sends Page Down / Page Up; "." and arrows work too.
  await page.keyboard.press('PageDown');
  await expect(nav).toContainText('2 /');
  await expect(page.getByRole('heading', { name: 'The idea', level: 2 })).toBeVisible();
  await page.keyboard.press('.');
  await page.keyboard.press('ArrowRight');
  await expect(nav).toContainText('4 /');
  await page.keyboard.press('PageUp');
  await page.keyboard.press(',');
  await expect(nav).toContainText('2 /');
  // B blanks the screen; any key brings it back without moving on.
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);
  await expect(nav).toContainText('2 /');
  // Notes on demand.
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Presenter notes' })).toContainText(
    'Notes:',
  );
  // The player still works: Space plays, and parameters change live.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Parameters' }).click();
  await page.getByLabel('Users', { exact: true }).fill('900');
  await page.getByLabel('Users', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/users=900/);
  await page.keyboard.press(' '); // pause: a scan of a page that redraws every frame never settles
  await expectAccessible(page);
  await page.locator('.beat').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-present', '1');
  await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a link can open straight into presenter mode', async ({ page }) => {
  await page.goto('./#/lab/single-server?present=1');
  await expect(page.getByRole('navigation', { name: 'Lesson beats' })).toBeVisible();
});
