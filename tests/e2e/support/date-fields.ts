import type { Locator } from '@playwright/test';

/**
 * The app's date and time fields are react-aria fields: a group named by its label, one spin
 * button per part, laid out day first (DD.MM.YYYY; DD/MM/YYYY in English) and on the 24-hour
 * clock. These type into them as a member does, from the keyboard.
 */

/** The group of a date or time field, found by its label within `scope`. */
export const dateField = (scope: Locator, label: string): Locator =>
  scope.getByRole('group', { name: label, exact: true });

async function clear(field: Locator): Promise<void> {
  const parts = field.getByRole('spinbutton');
  const count = await parts.count();
  for (let i = count - 1; i >= 0; i--) {
    await parts.nth(i).focus();
    for (let n = 0; n < 4; n++) await parts.nth(i).press('Backspace');
  }
}

async function typeDigits(field: Locator, digits: string): Promise<void> {
  const first = field.getByRole('spinbutton').first();
  await first.focus();
  await first.page().keyboard.type(digits);
}

/** Types `YYYY-MM-DD` as DD.MM.YYYY into a date field ('' empties it). */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  if (!iso) return clear(field);
  const [year, month, day] = iso.split('-');
  await typeDigits(field, `${day}${month}${year}`);
}

/** Types `HH:MM` into a time field ('' empties it). */
export async function fillTime(field: Locator, time: string): Promise<void> {
  if (!time) return clear(field);
  await typeDigits(field, time.replace(':', ''));
}
