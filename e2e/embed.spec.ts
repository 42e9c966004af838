import { expect, expectAccessible, test } from './fixtures';

test('embed mode shows just the simulation with compact controls', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./#/lab/single-server?embed=1&users=500');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Parameters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Step back one second' })).toHaveCount(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('autoplay, speed and hidden controls are honoured', async ({ page }) => {
  await page.goto('./#/embed/single-server?autoplay=1&speed=50&controls=0');
  await expect(page.getByRole('button', { name: /Play|Pause/ })).toHaveCount(0);
  await expect
    .poll(async () =>
      Number(
        ((await page.locator('[data-stat="requests"]').textContent()) ?? '0').replace(/,/g, ''),
      ),
    )
    .toBeGreaterThan(100);
});

test('the Embed button copies an iframe snippet that works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/lab/single-server?users=250');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="Scale Lab: The lemonade stand"/);
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  await page.setContent(`<iframe src="${src}" title="embedded" width="900" height="600"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
});
