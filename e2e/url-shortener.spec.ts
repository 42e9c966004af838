import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// The design canvas (#/design): build by mouse, keyboard and touch, undo, run, files, links.
// The machine is shared: a load test in a worker may take a while under load.
test.describe.configure({ timeout: 60_000 });
// Room for the palette, the canvas and the side panels at once, as on a laptop.
test.use({ viewport: { width: 1440, height: 1000 } });
const slow = { timeout: 40_000 };

async function openDesign(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/design${query ? `?${query}` : ''}`);
  await expect(page.getByRole('heading', { name: 'Design a URL shortener' })).toBeVisible(slow);
  await expect(page.getByRole('navigation', { name: 'Parts' })).toBeVisible();
}

const nodes = (page: Page) => page.locator('.react-flow__node');
const wires = (page: Page) => page.locator('.react-flow__edge');
/** A part on the canvas by its label (its accessible name starts "Label (Kind)"). */
const part = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`^${label} \\(`) });
const notice = (page: Page) => page.locator('.design-notice');
/** Where React Flow draws a part (its CSS transform), to see it move and come back. */
const placeOf = (l: Locator) => l.evaluate((el) => (el as HTMLElement).style.transform);

async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Drags with the mouse in small steps, as a hand would (React Flow needs the moves). */
async function drag(page: Page, from: Locator, to: Locator | { x: number; y: number }) {
  const a = await centre(from);
  const b = 'x' in to ? to : await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/** A short run (2 simulated seconds) keeps the test quick on a busy machine. */
async function shortRun(page: Page) {
  await page
    .getByRole('region', { name: 'Workload' })
    .getByLabel(/^Duration/)
    .fill('2');
}

/** Presses a palette item with the keyboard alone: focus it, then Enter (or Space). */
async function addByKey(page: Page, name: string, key = 'Enter') {
  await page.getByRole('button', { name: `Add ${name}` }).focus();
  await page.keyboard.press(key);
}

/** Keyboard wiring: focus the part, Enter selects it, then Connect in the properties panel. */
async function connectByKey(page: Page, from: string, to: string) {
  await part(page, from).focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('.part-properties');
  await expect(panel.getByLabel('Name')).toHaveValue(from);
  await panel.getByLabel(`Send requests from ${from} to`).selectOption({ label: to });
  await panel.getByRole('button', { name: 'Connect', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText(`Wired ${from} to ${to}.`);
}

test('mouse: drag parts from the palette, wire two handles, multi-delete and undo, reload', async ({
  page,
  consoleErrors,
}) => {
  await openDesign(page);
  await page.locator('.design-canvas').scrollIntoViewIfNeeded();
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page
    .getByRole('button', { name: 'Add Clients' })
    .dragTo(pane, { targetPosition: { x: box.width * 0.25, y: box.height * 0.4 } });
  await page
    .getByRole('button', { name: 'Add App servers' })
    .dragTo(pane, { targetPosition: { x: box.width * 0.7, y: box.height * 0.4 } });
  await expect(nodes(page)).toHaveCount(2);

  await drag(
    page,
    part(page, 'Clients').locator('.react-flow__handle.source'),
    part(page, 'App servers').locator('.react-flow__handle.target'),
  );
  await expect(wires(page)).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Wire from Clients to App servers' })).toBeVisible();

  // A drag of many pixels is one step: one Undo puts the part back where it was.
  const app = part(page, 'App servers');
  const before = await placeOf(app);
  const at = await centre(app.locator('.part-title'));
  await drag(page, app.locator('.part-title'), { x: at.x, y: at.y + 90 });
  await expect.poll(() => placeOf(app)).not.toBe(before);
  await page.keyboard.press('Control+z');
  await expect.poll(() => placeOf(app)).toBe(before);

  // Select both (Shift+click), delete: one step, and one Undo brings parts and wire back.
  await part(page, 'Clients').locator('.part-title').click();
  await app.locator('.part-title').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(0);
  await expect(wires(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(2);
  await expect(wires(page)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(nodes(page)).toHaveCount(0);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(nodes(page)).toHaveCount(2);

  // Autosave: a reload finds the design as it was.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(nodes(page)).toHaveCount(2, slow);
  await expect(wires(page)).toHaveCount(1);
  await expect(part(page, 'Clients')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

/** Clients -> App servers -> Database primary, with keys alone: the one-server design. */
async function buildOneServerByKey(page: Page) {
  await addByKey(page, 'Clients');
  await addByKey(page, 'App servers', 'Space');
  await addByKey(page, 'Database primary');
  await expect(nodes(page)).toHaveCount(3);
  await connectByKey(page, 'Clients', 'App servers');
  await connectByKey(page, 'App servers', 'Database primary');
  await expect(wires(page)).toHaveCount(2);
  await expect(page.locator('#issues-title .badge')).toHaveText('all clear');
}

test('keyboard only: add and wire parts, move with arrows, delete, undo', async ({
  page,
  consoleErrors,
}) => {
  await openDesign(page);
  await buildOneServerByKey(page);

  // Arrow keys move the focused, selected part; repeated presses are one step.
  const db = part(page, 'Database primary');
  await db.focus();
  await page.keyboard.press('Enter');
  const before = await placeOf(db);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => placeOf(db)).not.toBe(before);
  await page.keyboard.press('Control+z');
  await expect.poll(() => placeOf(db)).toBe(before);

  // Delete with the key; Undo brings the part and its wire back.
  await db.focus();
  await page.keyboard.press('Delete');
  await expect(nodes(page)).toHaveCount(2);
  await expect(page.locator('#issues-title .badge')).toContainText(/[1-9]\d* errors?/);
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(3);
  await expect(wires(page)).toHaveCount(2);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('the one-server design built from an empty canvas fails at 10,000 redirects/s, and says why', async ({
  page,
  consoleErrors,
}) => {
  await openDesign(page);
  await buildOneServerByKey(page);
  // One app server, as in the naive sample: a property edit is a step of its own.
  await part(page, 'App servers').focus();
  await page.keyboard.press('Enter');
  await page
    .locator('.part-properties')
    .getByLabel(/^Instances/)
    .fill('1');
  await expect(part(page, 'App servers')).toHaveAttribute('aria-label', /1 × /);

  await shortRun(page);
  await page.getByRole('button', { name: 'Run load test' }).focus();
  await page.keyboard.press('Enter');
  const results = page.getByRole('region', { name: 'Load test results' });
  await expect(results).toBeVisible(slow);
  await expect(results.locator('[data-stat="redirects-p99"]')).toHaveText(/\d/);
  await expect(results.getByRole('note', { name: 'Bottleneck' })).toContainText(
    /Bottleneck: (App servers|Database primary)\..*Try:/,
  );
  // The canvas lights the parts by how busy they were, in words as well as colour.
  await expect(page.locator('.part-node.is-bottleneck .part-load')).toContainText(
    /% busy(, asked for \d+%)? · bottleneck/,
  );
  const tenK = page.locator('[data-challenge]').first();
  await expect(tenK.locator('.challenge-verdict')).toContainText('Not yet');
  expect(consoleErrors).toEqual([]);
});

test('files: a broken import changes nothing; a reference design asks first; Undo returns', async ({
  page,
  consoleErrors,
}) => {
  await openDesign(page);
  await page.getByRole('button', { name: 'With a cache' }).click();
  const count = await nodes(page).count();
  expect(count).toBeGreaterThan(2);

  const input = page.getByLabel('Import a design file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "version": 1, "parts": [ '),
  });
  await expect(page.getByRole('alert')).toContainText(/broken\.json is not a design file/);
  await expect(page.getByRole('alert')).toContainText('Your design is unchanged');
  await input.setInputFiles({
    name: 'list.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "version": 1, "parts": "three" }'),
  });
  await expect(page.getByRole('alert')).toContainText(/list\.json is not a usable design/);
  await expect(nodes(page)).toHaveCount(count);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .json' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // Reference designs show only after a first run, and replacing the design asks first.
  await expect(page.getByRole('button', { name: 'Load the reference design' })).toHaveCount(0);
  await shortRun(page);
  await page.getByRole('button', { name: 'Run load test' }).click();
  await expect(page.getByRole('region', { name: 'Load test results' })).toBeVisible(slow);
  await page.getByRole('button', { name: 'Load the reference design' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Replace your design?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(nodes(page)).toHaveCount(count);
  await page.getByRole('button', { name: 'Load the reference design' }).first().click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(notice(page)).toContainText('Undo brings back yours');
  await page.keyboard.press('Control+z');
  await expect(nodes(page)).toHaveCount(count);
  expect(consoleErrors).toEqual([]);
});

test('share link: the link carries the design to a fresh browser', async ({
  page,
  browser,
  consoleErrors,
}) => {
  await openDesign(page);
  await page.getByRole('button', { name: 'Fully scaled' }).click();
  const count = await nodes(page).count();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#\/design\?d=[\w+\-$]+$/);

  const other = await browser.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(link);
  await expect(other.locator('.react-flow__node')).toHaveCount(count, slow);
  await expect(other.locator('.design-notice')).toContainText('Opened the shared design');
  // The address drops the design once it is saved, so a reload does not apply it again.
  await expect(other).toHaveURL(/#\/design$/);
  await other.close();

  await openDesign(page, 'd=damaged-link');
  await expect(page.getByRole('alert')).toContainText('The link is damaged');
  await expect(nodes(page)).toHaveCount(count);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('tap palette items to add them, then wire mode: tap two parts', async ({
    page,
    consoleErrors,
  }) => {
    await openDesign(page);
    await page.getByRole('button', { name: 'Add Clients' }).tap();
    await page.getByRole('button', { name: 'Add Cache' }).tap();
    await expect(nodes(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Wire mode' }).tap();
    await part(page, 'Cache').locator('.part-title').tap();
    await part(page, 'Clients').locator('.part-title').tap();
    await expect(wires(page)).toHaveCount(1);
    // A cache wired straight to the users makes no sense: said on the wire and in the list.
    await expect(page.locator('.react-flow__edge.wire-problem')).toHaveCount(1);
    await expect(page.locator('.issue-list')).toContainText('Cache is wired straight to Clients');
    await expect(part(page, 'Cache')).toHaveAttribute('aria-label', /problem/);
    expect(consoleErrors).toEqual([]);
  });
});
