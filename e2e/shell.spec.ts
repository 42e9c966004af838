import { expect, expectAccessible, openLab, test } from './fixtures';

test('the home page lists the built chapters and links to them', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Scale Lab', level: 1 })).toBeVisible();
  // The chapter menu lists every built chapter and closes once one is chosen.
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await nav.getByText('Chapters').click();
  await expect(nav.getByRole('link', { name: 'The lemonade stand' })).toBeVisible();
  await nav.getByRole('link', { name: 'The lemonade stand' }).click();
  await expect(page).toHaveURL(/#\/lab\/single-server/);
  await expect(page.getByRole('heading', { name: 'The lemonade stand', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'The lemonade stand' })).toBeHidden();
  await expect(nav.getByText('Chapters: The lemonade stand')).toBeVisible();
  // The home page's cards lead to the chapters too.
  await page.goto('./');
  await page.locator('.chapter-card').first().click();
  await expect(page).toHaveURL(/#\/lab\/single-server/);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('the lab page has no serious accessibility problems', async ({ page, consoleErrors }) => {
  await openLab(page, 'single-server');
  // A deep link asked for the lab page's and the chapter's code at once, while the shell loaded.
  const preloads = await page
    .locator('link[rel=modulepreload]')
    .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(preloads.some((h) => /\/LabRoute-[\w-]+\.js$/.test(h))).toBe(true);
  expect(preloads.some((h) => /\/chapter-[\w-]+\.js$/.test(h))).toBe(true);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('an unknown route or scenario shows a way back, not a blank page', async ({ page }) => {
  await page.goto('./#/lab/no-such-thing');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'See all simulations' }).click();
  await expect(page.getByRole('heading', { name: 'Scale Lab', level: 1 })).toBeVisible();
  await page.goto('./#/somewhere/else/entirely');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('invalid link values fall back to defaults with a notice naming them', async ({
  page,
  consoleErrors,
}) => {
  await page.goto(
    './#/lab/single-server?users=lots&workers=0&seed=banana&bogus=1&serviceDist=cubic',
  );
  const notice = page.getByRole('status').filter({ hasText: 'Ignored from the link' });
  await expect(notice).toContainText('users');
  await expect(notice).toContainText('workers');
  await expect(notice).toContainText('seed');
  await expect(notice).toContainText('bogus');
  await expect(notice).toContainText('serviceDist');
  // The defaults are in place and the simulation still runs.
  await expect(page.getByLabel('Users', { exact: true })).toHaveValue('100');
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
  // The link is rewritten without the bad values.
  await expect(page).not.toHaveURL(/banana|lots|bogus/);
  expect(consoleErrors).toEqual([]);
});
