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

test('the Embed dialog builds a snippet with a live preview', async ({
  page,
  context,
  consoleErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/lab/single-server?users=250');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this simulation' });
  await dialog.getByLabel('Controls').selectOption('full');
  await dialog.getByLabel('Start playing on load').check();
  await dialog.getByRole('checkbox', { name: 'Workers' }).check();
  const code = dialog.getByLabel('Code to paste into your page');
  await expect(code).toHaveValue(
    /#\/embed\/single-server\?users=250&amp;seed=1&amp;controls=full&amp;autoplay=1&amp;lock=workers/,
  );
  // The preview is a real iframe showing the embed, with the parameter panel and Workers locked.
  const preview = page.frameLocator('iframe[title="Preview of the embedded simulation"]');
  await expect(preview.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  await expect(preview.getByLabel('Workers', { exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByText('Embed code copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^<iframe src="[^"]+" title="Scale Lab: The lemonade stand"/,
  );
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the example course page drives two embeds through postMessage', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./course-example.html');
  const a = page.locator('#sim-a');
  const b = page.locator('#sim-b');
  await expect(a).toHaveAttribute('data-ready', 'true');
  await expect(b).toHaveAttribute('data-ready', 'true');
  // Each iframe reported its content height and the page sized it to fit.
  await expect
    .poll(async () => Number(await a.getAttribute('data-reported-height')))
    .toBeGreaterThan(200);
  const reported = Number(await a.getAttribute('data-reported-height'));
  expect(Math.round((await a.boundingBox())!.height)).toBe(reported);
  // Play from the course page, then read the figures back.
  const simA = page.getByRole('group', { name: 'Course controls for simulation 1' });
  await simA.getByRole('button', { name: 'Play' }).click();
  await expect(page.frameLocator('#sim-a').getByRole('button', { name: 'Pause' })).toBeVisible();
  await simA.getByRole('button', { name: 'Pause' }).click();
  await simA.getByRole('button', { name: '2,000 users' }).click();
  await simA.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page.locator('#out-a')).toContainText(/t=\d+\.\d s, \d+ requests/);
  // A locked parameter is refused, and the embed says why.
  const simB = page.getByRole('group', { name: 'Course controls for simulation 2' });
  await simB.getByRole('button', { name: 'Try 64 workers (locked)' }).click();
  await expect(page.locator('#out-b')).toContainText('Refused: parameter "workers" is locked');
  await simB.getByRole('button', { name: 'Jump to 30 s' }).click();
  await simB.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page.locator('#out-b')).toContainText('t=30.0 s');
  // controls=none: nothing to press inside the second embed.
  await expect(page.frameLocator('#sim-b').getByRole('button', { name: /Play|Pause/ })).toHaveCount(
    0,
  );
  expect(consoleErrors).toEqual([]);
});

test('malformed messages are refused and change nothing', async ({ page }) => {
  await page.goto('./course-example.html');
  await expect(page.locator('#sim-a')).toHaveAttribute('data-ready', 'true');
  const reply = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const f = document.getElementById('sim-a') as HTMLIFrameElement;
        window.addEventListener(
          'message',
          (e) => e.data?.type === 'scale-lab:error' && resolve(e.data),
        );
        f.contentWindow!.postMessage({ type: 'scale-lab:seek', t: 'soon' }, location.origin);
      }),
  );
  expect(reply).toMatchObject({
    type: 'scale-lab:error',
    message: expect.stringContaining('bad scale-lab:seek message at t'),
  });
});

test('embed options: full controls, the lesson and a theme', async ({ page }) => {
  await page.goto('./#/embed/single-server?controls=full&lesson=show&theme=dark&lock=users');
  await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  await expect(page.getByLabel('Users', { exact: true })).toBeDisabled();
  await expect(page.getByRole('article', { name: /Lesson/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
});
