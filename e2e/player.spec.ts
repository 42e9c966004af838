import { expect, openLab, stat, test, timeReadout } from './fixtures';

test('play moves time, the numbers and the charts', async ({ page, consoleErrors }) => {
  await openLab(page, 'single-server', 'speed=20');
  await expect(page.locator('[data-stat="requests"]')).toHaveText('0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(50);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // The latency chart's data table gains rows as seconds pass.
  await page.getByText('Show data').first().click();
  const table = page.locator('table').filter({ hasText: 'p99' }).first();
  await expect.poll(async () => table.locator('tbody tr').count()).toBeGreaterThan(3);
  expect(consoleErrors).toEqual([]);
});

test('step back and scrubbing return the same earlier numbers', async ({ page, consoleErrors }) => {
  await openLab(page, 'single-server', 'users=1000&seed=3');
  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('10');
  await expect.poll(() => timeReadout(page)).toContain('10.0 s');
  const at10 = {
    req: await stat(page, 'requests'),
    p99: await stat(page, 'p99'),
    err: await stat(page, 'errors'),
  };
  await timeline.fill('30');
  await expect.poll(() => timeReadout(page)).toContain('30.0 s');
  expect(await stat(page, 'requests')).not.toBe(at10.req);
  // Step back twenty times, one second each.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 20; i++)
    await page.getByRole('button', { name: 'Step back one second' }).click();
  await expect.poll(() => timeReadout(page)).toContain('10.0 s');
  expect({
    req: await stat(page, 'requests'),
    p99: await stat(page, 'p99'),
    err: await stat(page, 'errors'),
  }).toEqual(at10);
  expect(consoleErrors).toEqual([]);
});

test('keyboard shortcuts drive the player, but not while typing', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server');
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => timeReadout(page)).toContain('2.0 s');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => timeReadout(page)).toContain('1.0 s');
  await page.keyboard.press('+');
  await expect(page.locator('.speed output')).toHaveText('2x');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(page.locator('.speed output')).toHaveText('0.5x');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  // Typing in a field: the keys go to the field, the player does not move.
  const before = await timeReadout(page);
  const box = page.getByLabel('Think time', { exact: true });
  await box.click();
  await box.press('ArrowRight');
  await box.press('Space');
  await box.press('r');
  expect(await timeReadout(page)).toBe(before);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a copied link reproduces the same numbers', async ({ page, browser, consoleErrors }) => {
  await openLab(page, 'single-server');
  await page.getByLabel('Users', { exact: true }).fill('700');
  await page.getByLabel('Users', { exact: true }).press('Enter');
  await page.getByRole('slider', { name: 'Simulated time' }).fill('25');
  await expect.poll(() => timeReadout(page)).toContain('25.0 s');
  await expect(page).toHaveURL(/users=700/);
  const link = page.url();
  const numbers = {
    req: await stat(page, 'requests'),
    p50: await stat(page, 'p50'),
    p99: await stat(page, 'p99'),
  };

  const other = await browser.newPage();
  await other.goto(link);
  await other.getByRole('slider', { name: 'Simulated time' }).fill('25');
  await expect.poll(() => timeReadout(other)).toContain('25.0 s');
  expect({
    req: await stat(other, 'requests'),
    p50: await stat(other, 'p50'),
    p99: await stat(other, 'p99'),
  }).toEqual(numbers);
  await other.close();
  expect(consoleErrors).toEqual([]);
});

test('changing a parameter changes the outcome', async ({ page }) => {
  await openLab(page, 'single-server');
  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('60');
  await expect.poll(() => stat(page, 'errors')).toBe('0%');
  await page.getByLabel('Users', { exact: true }).fill('5000');
  await page.getByLabel('Users', { exact: true }).press('Enter');
  await timeline.fill('60');
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(50);
});

test('killing the server mid-run makes requests fail', async ({ page }) => {
  await openLab(page, 'single-server', 'users=300');
  await page.getByRole('slider', { name: 'Simulated time' }).fill('20');
  await expect(page.locator('[data-stat="errors"]')).toHaveText('0%');
  await page.getByRole('button', { name: 'Kill' }).click();
  await expect(page).toHaveURL(/events=kill%3Aserver%4020/);
  await page.getByRole('slider', { name: 'Simulated time' }).fill('40');
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(10);
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
});
