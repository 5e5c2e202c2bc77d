import type { PrecinctApi } from '../../src/shared/api';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { CHAIR, CHAIR_PIN, completeSetup, logIn } from './support/flows';

// 23:59:20 in Almaty (UTC+5): setup confirms the clock for the 18th, and the chair's first
// login after midnight is the first of a new day.
test.use({ clockStart: '2027-03-18T18:59:20Z' });

test("the chair confirms the clock at the day's first login", async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
          const status = await api.getClockStatus({});
          return status.ok ? status.value.localDate : null;
        }),
      { timeout: 45_000, intervals: [1_000] },
    )
    .toBe('2027-03-19');
  await logIn(page, CHAIR, CHAIR_PIN);
  const dialog = page.getByRole('dialog', { name: 'Is this date, time and time zone correct?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('March 19, 2027');
  await expect(dialog).toContainText('Asia/Almaty');
  await expectNoAxeViolations(page, 'clock confirmation');
  await dialog.getByRole('button', { name: 'Yes, confirm' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('You have not confirmed the clock today.')).toHaveCount(0);
  await expect(page.getByText('Clock overridden for testing.')).toBeVisible();
});
