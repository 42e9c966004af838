import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline, chapters included', async ({ page, context }) => {
  test.slow();
  await page.goto('./#/lab/single-server');
  await expect(page.getByText('Scale Lab is saved for offline use.')).toBeVisible({
    timeout: 30_000,
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The lemonade stand', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () =>
      Number(
        ((await page.locator('[data-stat="requests"]').textContent()) ?? '0').replace(/,/g, ''),
      ),
    )
    .toBeGreaterThan(0);
  // Another chapter's code was precached too, not only what this visit loaded.
  await page.goto('./#/');
  await page
    .getByRole('link', { name: /The floor manager/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { name: 'The floor manager', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await context.setOffline(false);
});
