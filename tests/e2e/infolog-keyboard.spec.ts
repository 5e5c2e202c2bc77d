import { test, expect } from './fixtures';
import { setUpAndLogInChair } from './support/flows';
import { bodyRows, openInfoLog } from './support/infolog';
import { dateField } from './support/date-fields';

// 11:00 on 10 March 2027 in Almaty, nine days before voting day (19 March).
test.use({ clockStart: '2027-03-10T06:00:00Z' });

test('an entry can be recorded and corrected with the keyboard alone', async ({ page }) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  const record = page
    .getByRole('region', { name: 'Record an entry' })
    .getByRole('button', { name: 'Media visit', exact: true });
  await record.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record: Media visit' });
  // The dialog starts at its first field, the date (now by default), then the time; Tab
  // also steps through the parts of each (day, month, year; hours, minutes).
  await expect(dateField(dialog, 'Date').getByRole('spinbutton').first()).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('media-visit-dialog.png') });
  const outlet = dialog.getByLabel('Media outlet');
  const onOutlet = () =>
    outlet.evaluate((element) => element === element.ownerDocument.activeElement);
  for (let presses = 0; presses < 8 && !(await onOutlet()); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(outlet).toBeFocused();
  await page.keyboard.type('Khabar 24');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aliya Nurlanovna');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dialog.getByLabel('Foreign media')).toBeChecked();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('What was filmed or asked')).toBeFocused();
  await page.keyboard.type('Filmed the sealing of the ballot box');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Recorded: Media visit No. 1.' }),
  ).toBeVisible();
  // Focus is back on the button that opened the dialog.
  await expect(record).toBeFocused();

  const correct = page.getByRole('button', { name: 'Correct Media visit No. 1' });
  await correct.focus();
  await page.keyboard.press('Enter');
  const correction = page.getByRole('dialog', { name: 'Correct Media visit No. 1' });
  await expect(correction).toBeVisible();
  await correction.getByLabel('Reason for the correction').focus();
  await page.keyboard.type('Outlet misspelt');
  await page.keyboard.press('Enter');
  await expect(correction).toBeHidden();
  await expect(correct).toBeFocused();
  // Escape closes a dialog without recording anything.
  await page.keyboard.press('Enter');
  await expect(correction).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(correction).toBeHidden();
  await expect(bodyRows(page.getByTestId('infolog-log'))).toHaveCount(1);
  await expect(bodyRows(page.getByTestId('infolog-log'))).toContainText('Corrected (1)');
});
