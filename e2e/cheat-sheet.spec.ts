import { expect, expectAccessible, test } from './fixtures';
import { CHEAT_ROWS } from '../src/app/cheatsheet/rows';

test('the cheat sheet lists the table and walks it problem by problem', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./#/cheat-sheet');
  await expect(page.getByRole('heading', { name: 'Cheat sheet', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(CHEAT_ROWS.length);
  const walk = page.getByRole('region', { name: /Walk the table/ });
  await expect(walk).toContainText(`problem 1 of ${CHEAT_ROWS.length}`);
  await walk.getByRole('button', { name: 'Next problem' }).click();
  await expect(walk).toContainText(CHEAT_ROWS[1]!.problem);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

for (const [i, row] of CHEAT_ROWS.entries()) {
  test(`row ${i + 1} (${row.solution}): both links open a simulation that plays`, async ({
    page,
    consoleErrors,
  }) => {
    test.slow();
    for (const kind of ['Problem', 'Fix'] as const) {
      await page.goto('./#/cheat-sheet');
      const name = kind === 'Problem' ? `Problem: ${row.problem}` : `Fix: ${row.solution}`;
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/lab/${row.scenario}\\?`));
      const play = page.getByRole('button', { name: 'Play', exact: true });
      await expect(play).toBeVisible({ timeout: 30_000 });
      await page.getByRole('slider', { name: 'Speed' }).fill('1');
      await play.click();
      await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
      await expect
        .poll(
          async () =>
            Number(
              ((await page.locator('[data-stat="requests"]').first().textContent()) ?? '0').replace(
                /,/g,
                '',
              ),
            ),
          {
            timeout: 30_000,
          },
        )
        .toBeGreaterThan(0);
      // No value in the preset was rejected.
      await expect(page.getByText('Ignored from the link')).toHaveCount(0);
    }
    expect(consoleErrors).toEqual([]);
  });
}
