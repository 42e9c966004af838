import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, openLab, test } from './fixtures';

test('downloaded results equal the CLI --json for the same link', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server', 'users=800&seed=42&serviceDist=lognormal');
  const button = page.getByRole('button', { name: 'Download results' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('scale-lab-single-server-seed42.json');
  const browser = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const cli = JSON.parse(
    execFileSync(
      'node_modules/.bin/tsx',
      [
        'src/cli/main.ts',
        'single-server',
        '--set',
        'users=800',
        '--set',
        'serviceDist=lognormal',
        '--seed',
        '42',
        '--json',
      ],
      { encoding: 'utf8' },
    ),
  );
  expect(browser).toEqual(cli);
  expect(browser.requests.arrived).toBeGreaterThan(1000);
  expect(consoleErrors).toEqual([]);
});

test('a big run streams from the worker while the page stays responsive', async ({
  page,
  consoleErrors,
}) => {
  await openLab(page, 'single-server', 'users=100000');
  // While the worker is still computing, the page takes input: play, pause, the speed slider.
  await expect(page.locator('.time-readout')).toContainText('computing');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('+');
  await expect(page.locator('.speed output')).toHaveText('2x');
  await expect(page.locator('.time-readout')).toContainText('computing');
  await expect(page.getByRole('button', { name: 'Download results' })).toBeEnabled({
    timeout: 30_000,
  });
  await page.getByRole('slider', { name: 'Simulated time' }).fill('60');
  await expect
    .poll(async () => parseFloat((await page.locator('[data-stat="errors"]').textContent()) ?? '0'))
    .toBeGreaterThan(90);
  expect(consoleErrors).toEqual([]);
});

test('the view exports as a PNG picture and a GIF clip', async ({ page, consoleErrors }) => {
  test.slow();
  await openLab(page, 'single-server', 'users=700');
  await page.getByRole('slider', { name: 'Simulated time' }).fill('20');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Picture' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('scale-lab-single-server-20s.png');
  const pngBytes = readFileSync((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Width and height live in the IHDR chunk: twice the on-screen size, so far from empty.
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(600);
  const [gif] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Clip' }).click(),
  ]);
  expect(gif.suggestedFilename()).toBe('scale-lab-single-server-20s.gif');
  const gifBytes = readFileSync((await gif.path())!);
  expect(gifBytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect(gifBytes.length).toBeGreaterThan(10_000);
  // The playhead is back where it was.
  await expect(page.locator('.time-readout')).toContainText('20.0 s');
  expect(consoleErrors).toEqual([]);
});
