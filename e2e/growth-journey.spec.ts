import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, stat, test } from './fixtures';

// The machine is shared and the last stops run 80,000 requests in a worker: be patient with
// each verdict, without changing what is checked. Runs last 8 simulated seconds (`duration=8`),
// enough for every verdict (the scenario tests use the same length).
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 90_000 });

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./#/lab/growth-journey?duration=8${query ? `&${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

const verdict = (page: Page) => page.getByRole('region', { name: 'What broke and why' });
/** Waits for the verdict on the run now on screen. */
const expectVerdict = (page: Page, bottleneck: string) =>
  expect(verdict(page)).toHaveAttribute('data-bottleneck', bottleneck);
const users = (page: Page, n: string) =>
  page.getByRole('group', { name: 'Jump to a number of users' }).getByRole('button', { name: n });
const fix = (page: Page, name: string) =>
  page.getByRole('group', { name: /^Fixes/ }).getByRole('button', { name: new RegExp(name) });

test('walks the journey from 100 to 100,000 users, meeting each bottleneck, to the summary', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  await open(page, '');
  await expectVerdict(page, 'none');
  const steps: Array<[string | null, string | null, string]> = [
    ['1,000', null, 'app-cpu'],
    [null, 'Cache', 'app-cpu'], // the wrong fix: still the processor
    [null, 'Cache', 'app-cpu'], // take it out again
    [null, 'Load balancer', 'none'],
    ['3,000', null, 'connections'],
    [null, 'Connection pool', 'none'],
    ['10,000', null, 'abuse'],
    [null, 'Rate limiter', 'db-reads'],
    [null, 'Cache', 'none'],
    ['30,000', null, 'db-writes'],
    [null, 'Message queue', 'far-latency'],
    [null, 'CDN', 'none'],
    ['100,000', null, 'db-writes'],
    [null, 'Shards', 'none'],
  ];
  for (const [to, add, expected] of steps) {
    if (to) await users(page, to).click();
    if (add) await fix(page, add).click();
    await expectVerdict(page, expected);
  }
  await expect(verdict(page)).toContainText('Nothing is broken');
  await expect(page).toHaveURL(/users=100000/);
  await expect(page).toHaveURL(
    /fixes=lb(%2C|,)pool(%2C|,)cache(%2C|,)cdn(%2C|,)queue(%2C|,)shards(%2C|,)limiter/,
  );

  const summary = page.getByRole('region', { name: /Journey complete/ });
  await expect(summary).toContainText('100,000 users');
  await expect(summary.locator('[data-summary="met"] li')).toHaveText([
    'App server CPU at 1,000 users',
    'Database connections at 3,000 users',
    'An abusive client at 10,000 users',
    'Database reads at 10,000 users',
    'Database writes at 30,000 users',
    'Latency for far-away users at 30,000 users',
  ]);
  await expect(summary.locator('[data-summary="applied"] li')).toHaveText([
    'Load balancer',
    'Connection pool',
    'Rate limiter',
    'Cache',
    'Message queue',
    'CDN',
    'Shards',
  ]);
  await expect(summary.locator('[data-summary="wrong"] li')).toHaveText([
    'Cache at 1,000 users, against app server cpu',
  ]);
  expect(consoleErrors).toEqual([]);
});

test('by URL: the verdict names the bottleneck; the users slider moves on to the next', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(150_000); // an axe pass alone took 35-45 s on the loaded machine
  await open(page, 'users=1000&speed=4');
  await expectVerdict(page, 'app-cpu');
  await expect(verdict(page)).toContainText('App server CPU');
  await expect(verdict(page)).toContainText('Load balancer');
  await expect(
    page.getByRole('img', { name: /1,000 users reach the app directly, 1 app server/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number((await stat(page, 'requests')).replace(/,/g, '')))
    .toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause' }).click();

  // The slider steps through the stops by keyboard.
  await fix(page, 'Load balancer').click();
  await expectVerdict(page, 'none');
  const slider = page.getByRole('slider', { name: 'Users, in journey stops' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/users=3000/);
  await expectVerdict(page, 'connections');
  await expect(
    page.getByRole('img', { name: /3,000 users reach a load balancer, 8 app servers/ }),
  ).toBeVisible();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('kill the primary database: an outage, which no scaling fix answers', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'users=1000&fixes=lb');
  await expectVerdict(page, 'none');
  await page
    .getByRole('group', { name: 'Break or fix the Primary DB' })
    .getByRole('button', { name: 'Kill' })
    .click();
  await expectVerdict(page, 'outage');
  await expect(verdict(page)).toContainText('No scaling fix helps here');
  expect(consoleErrors).toEqual([]);
});
