/** Steps of the information log's scenarios, as a member takes them. */
import type { Locator, Page } from '@playwright/test';
import type { PrecinctApi } from '../../../src/shared/api';
import type { EntryDetails } from '../../../src/shared/infolog/entry-schemas';
import { expect } from '../fixtures';
import { openSection } from './flows';
import { dateField, fillDate, fillTime } from './date-fields';

export async function openInfoLog(page: Page): Promise<void> {
  await openSection(page, 'Information log');
  await expect(page.getByRole('heading', { level: 1, name: 'Information log' })).toBeVisible();
}

const VIEW_HEADINGS: Record<string, string> = {
  'Chronological log': 'Chronological log',
  Observers: 'Observers register',
  'Complaints and appeals': 'Complaints and appeals register',
  'Counts by day': 'Counts by day',
};

/** Switches to a view of the log by its button and waits for its heading. */
export async function openView(page: Page, name: keyof typeof VIEW_HEADINGS): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views of the information log' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: VIEW_HEADINGS[name], exact: true }),
  ).toBeVisible();
}

/** Opens the record dialog of a kind (by its button's name); returns the dialog. */
export async function startRecord(page: Page, button: string, kind = button): Promise<Locator> {
  await page
    .getByRole('region', { name: 'Record an entry' })
    .getByRole('button', { name: button, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `Record: ${kind}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Sets a date-and-time group (such as "Departure") of a dialog. */
export async function setMoment(
  dialog: Locator,
  group: string,
  date: string,
  time: string,
): Promise<void> {
  const fields = dialog.getByRole('group', { name: group, exact: true });
  await fillDate(dateField(fields, 'Date'), date);
  await fillTime(dateField(fields, 'Time'), time);
}

/** Submits a dialog and waits for it to close and for the screen to say so. */
export async function submitAndClose(page: Page, dialog: Locator, button: string, notice: RegExp) {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
}

/** Records an entry through the API the screens use (for scenarios about what comes after). */
export async function recordEntry(page: Page, at: string, details: EntryDetails): Promise<void> {
  const result = await page.evaluate(
    async ([at, details]) => {
      const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
      return api.recordInfoLogEntry({ at, details });
    },
    [at, details] as const,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/** The rows of a table's body. */
export function bodyRows(table: Locator): Locator {
  return table.locator('tbody tr');
}
