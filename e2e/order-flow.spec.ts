import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, test } from './fixtures';

// The machine is shared: allow a slow page without changing what is checked.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 60_000 });

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/lab/order-flow${query ? `?${query}` : ''}`);
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeVisible();
  await expect(page.locator('[data-stat="requests"]')).not.toHaveText('–');
}

const stepper = (page: Page) => page.getByRole('group', { name: /Your order, step by step/ });
const stepCount = (page: Page) => stepper(page).locator('.of-step-count');
const stepTitle = (page: Page) => stepper(page).getByRole('heading', { level: 3 });
const caption = (page: Page) => page.locator('.of-waterfall figcaption');

test('walk the order forwards and back, with the buttons and the keys', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  await expect(stepCount(page)).toHaveText('Step 1 of 22');
  await expect(stepTitle(page)).toHaveText(/files arrive from a nearby edge/);
  await expect(caption(page)).toContainText('inside the 2-second promise');

  await stepper(page).getByRole('button', { name: 'Next →' }).click();
  await expect(stepCount(page)).toHaveText('Step 2 of 22');
  await expect(stepTitle(page)).toHaveText(/travels to the data centre/);
  // The player's playhead follows the step (your request is on its way).
  await expect(page.locator('.time-readout').first()).toContainText(/^0\.5 s/);
  await stepper(page).getByRole('button', { name: '← Back' }).click();
  await expect(stepCount(page)).toHaveText('Step 1 of 22');

  await stepper(page).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(stepCount(page)).toHaveText('Step 5 of 22');
  await expect(stepTitle(page)).toHaveText(/asks the cache first/);
  // The step's bar is marked in the waterfall.
  await expect(page.locator('.of-bar.is-current .of-bar-label')).toHaveText('▶ Cache');
  await page.keyboard.press('ArrowLeft');
  await expect(stepCount(page)).toHaveText('Step 4 of 22');
  await page.keyboard.press('End');
  await expect(stepTitle(page)).toHaveText(/Loyalty service/);

  // The table's steps add up to the total on the caption.
  await page.getByText('Every step as a table').click();
  const sum = page.locator('tr.of-sum td').last();
  const total = /Total ([\d.]+ ms)/.exec((await caption(page).textContent()) ?? '')?.[1];
  await expect(sum).toHaveText(total ?? 'missing');
  expect(consoleErrors).toEqual([]);
});

test('switch off the event log: the order waits for every job and breaks 2 s', async ({
  page,
  consoleErrors,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Event log: on' }).click();
  await expect(page).toHaveURL(/disable=queue/);
  await expect(page.getByRole('button', { name: 'Event log: off' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(caption(page)).toContainText('over the 2-second promise');
  await expect(stepCount(page)).toHaveText('Step 1 of 21');
  await expect(page.locator('.of-bar-label', { hasText: 'Delivery' })).toBeVisible();
  await expect(page.locator('.of-bar-label', { hasText: 'Event log' })).toHaveCount(0);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('run at scale, switch parts off and watch the database', async ({ page, consoleErrors }) => {
  await open(page, 'duration=1');
  await page.getByRole('button', { name: 'Run at scale' }).click();
  await expect(page).toHaveURL(/mode=scale/);
  await expect(page.getByRole('region', { name: 'The rush over time' })).toBeVisible();
  await expect(page.getByText('Database connections in use, busiest node')).toBeVisible();
  // The stepper belongs to the walkthrough only.
  await expect(stepper(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Read replicas: on' }).click();
  await expect(page).toHaveURL(/disable=replicas/);
  await page.getByRole('slider', { name: 'Simulated time' }).fill('1');
  // Every replica is drawn switched off, and the primaries now answer reads.
  await expect(page.locator('.of-box.is-off')).toHaveCount(10);
  await expect(page.locator('.of-box.is-off').first()).toContainText('OFF');
  // The chart names its latest figures: some thousands of reads a second on the primaries.
  await expect(
    page.getByRole('img', {
      name: /^Where reads are answered at .*Reads on primaries [1-9][\d.]*k?,/,
    }),
  ).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a link opens the rush with the cache and the limiter off', async ({
  page,
  consoleErrors,
}) => {
  await open(page, 'mode=scale&disable=cache,limiter&duration=1');
  await expect(page.getByRole('button', { name: 'Cache: off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rate limiter: off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run at scale' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('slider', { name: 'Simulated time' }).fill('1');
  await expect(page.locator('.time-readout').first()).toContainText(/^1\.0 s/);
  await expect(page.locator('.of-box.is-off')).toHaveCount(2);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
