import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, stat, test, timeReadout } from './fixtures';

// Several people share this two-core machine: allow for a slow page (and a slow axe pass)
// without changing what is checked.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

/** Opens this chapter by URL and waits for its first numbers (openLab, with more patience). */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/load-balancing${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

/** "870 ms", "2.2 s", "12 s" as milliseconds. */
const toMs = (text: string): number => {
  const m = /([\d.]+)\s*(ms|s)/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
};
const p99 = async (page: Page) => toMs(await stat(page, 'p99'));
const share = (page: Page, server: string) =>
  page.locator(`tr[data-server="${server}"] [data-share]`);

test('play, then switch strategy: least-connections cuts round-robin’s p99', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'speed=20');
  await expect(page.getByRole('heading', { name: 'The floor manager' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /round-robin load balancer.*4 servers/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();

  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('60');
  await expect.poll(() => timeReadout(page)).toContain('1 min 00 s');
  const roundRobin = await p99(page);
  await expect(share(page, 'server-1')).toHaveText('25.0%');

  await page.getByLabel('Strategy', { exact: true }).selectOption('least-connections');
  await expect(page).toHaveURL(/strategy=least-connections/);
  await timeline.fill('60');
  await expect.poll(() => p99(page)).toBeLessThan(roundRobin * 0.7);
  expect(consoleErrors).toEqual([]);
});

test('accessible, with a server down and uneven weights', async ({ page, consoleErrors }) => {
  await open(page, 'weights=4,1&events=kill:server-2@5');
  await page.getByRole('slider', { name: 'Simulated time' }).fill('7');
  await expect(page.locator('tr[data-server="server-2"]')).toContainText('Down');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('weights 4,1 on the weighted strategy: the big server gets four fifths', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'strategy=weighted&servers=2&weights=4,1');
  await page.getByRole('slider', { name: 'Simulated time' }).fill('30');
  await expect(share(page, 'server-1')).toHaveText('80.0%');
  await expect(share(page, 'server-2')).toHaveText('20.0%');
  await expect(page.locator('tr[data-server="server-1"]')).toContainText('8 workers');
  expect(consoleErrors).toEqual([]);
});

test('kill a server: it is sent requests until the health check, then taken out', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'healthCheckMs=5000');
  const timeline = page.getByRole('slider', { name: 'Simulated time' });
  await timeline.fill('21');
  await expect.poll(() => timeReadout(page)).toContain('21.0 s');
  await expect(page.locator('[data-stat="errors"]')).toHaveText('0%');
  await page.getByLabel('Server to break or fix').selectOption('2');
  await page
    .getByRole('group', { name: 'Break or fix the Server 2' })
    .getByRole('button', { name: 'Kill' })
    .click();
  await expect(page).toHaveURL(/events=kill%3Aserver-2%4021/);
  const row = page.locator('tr[data-server="server-2"]');
  // "25.0% (1,234)": the number of requests the server has been sent so far.
  const sent = async () =>
    Number(
      /\(([\d,]+)\)/
        .exec((await row.locator('td').nth(1).textContent()) ?? '')?.[1]
        ?.replace(/,/g, ''),
    );

  await timeline.fill('24');
  await expect(row).toContainText('Down, still sent requests');
  await expect.poll(async () => parseFloat(await stat(page, 'errors'))).toBeGreaterThan(0);
  const at24 = await sent();
  await timeline.fill('26');
  await expect(row).toContainText('Down, out of rotation');
  const at26 = await sent();
  expect(at26).toBeGreaterThan(at24);
  // The check at 25 s noticed: nothing more reaches the dead server.
  await timeline.fill('50');
  await expect.poll(() => timeReadout(page)).toContain('50.0 s');
  expect(await sent()).toBe(at26);
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('compare mode: round-robin against least-connections on the same traffic', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(
    page.getByRole('region', { name: /Variant A: strategy = round-robin/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Variant B: strategy = least-connections/ }),
  ).toBeVisible();
  // Both pictures, each with its own share table; the picker and charts stay out of the way.
  await expect(page.getByRole('table', { name: /Share of requests/ })).toHaveCount(2);
  await expect(page.getByLabel('Server to break or fix')).toHaveCount(0);
  const table = page.getByRole('table', { name: /two variants side by side/ });
  const rows = table.locator('tbody').nth(1).locator('tr[data-variant]');
  await expect(rows).toHaveCount(2);
  const p99Of = async (i: number) =>
    toMs((await rows.nth(i).locator('td').nth(5).textContent()) ?? '');
  await expect.poll(() => p99Of(1)).toBeGreaterThan(0);
  expect(await p99Of(1)).toBeLessThan((await p99Of(0)) * 0.7);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('predict, then run: the runs decide the strategy question', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  const card = page.locator('.predict-card').filter({ hasText: 'one request in twenty' });
  await card.getByLabel('Least-connections').check();
  await card.getByRole('button', { name: 'Run to check' }).click();
  await expect(card.getByRole('status')).toContainText('Your prediction held.');
  await expect(card.locator('tbody tr')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('try this: beating round-robin is judged against a round-robin run of the same traffic', async ({
  page,
  consoleErrors,
}) => {
  // The round-robin twin is computed in a worker once this run finishes; then the goal ticks.
  await open(page, 'strategy=least-connections&rps=170');
  const goal = page.locator('[data-exercise="halve-rr"]');
  await expect(goal).toHaveClass(/done/);
  await expect(page.getByRole('status').filter({ hasText: /^Done: Cut p99/ })).toHaveCount(1);
  // Progress is kept per chapter: a reload still shows it done.
  await page.reload();
  await expect(goal).toHaveClass(/done/);
  expect(consoleErrors).toEqual([]);
});
