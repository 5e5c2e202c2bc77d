/** Steps of the accommodation requests' scenarios, as a commission member takes them. */
import type { Locator, Page } from '@playwright/test';
import type { RecordRequestInput } from '../../../src/shared/accommodations/accommodation-schemas';
import type { PrecinctApi } from '../../../src/shared/api';
import { expect, type AppFixtures } from '../fixtures';
import { openSection } from './flows';
import { chooseListFile, openVoterArea, writeVoterList } from './voters';
import { dateField, fillDate, fillTime } from './date-fields';

/**
 * Puts the generated voter list on the precinct's list as the import screen does (the import
 * itself is the voter scenarios' subject): choose the file, confirm its valid rows.
 */
export async function importVoterList(
  page: Page,
  openFileAs: AppFixtures['openFileAs'],
  folder: string,
): Promise<void> {
  const path = writeVoterList(folder);
  await openSection(page, 'Voters');
  await openVoterArea(page, 'Import and check');
  await chooseListFile(page, openFileAs, path);
  await page.getByRole('button', { name: /^Import \d+ valid rows$/ }).click();
  const confirm = page.getByRole('alertdialog', {
    name: /^Import \d+ valid rows into the list\?$/,
  });
  await confirm.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await expect(confirm).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: /^Imported \d+ voters from voters\.csv\./ }),
  ).toBeVisible();
}

export async function openAccommodations(page: Page): Promise<void> {
  await openSection(page, 'Accommodations');
  await expect(page.getByRole('heading', { level: 1, name: 'Accommodations' })).toBeVisible();
}

const VIEW_HEADINGS = {
  Register: 'Register of accommodation requests',
  'Home-voting trips': 'Home-voting trips',
  'Station equipment': 'Station equipment',
  Summary: 'Summary',
} as const;

/** Switches to a view by its button and waits for its heading. */
export async function openView(page: Page, name: keyof typeof VIEW_HEADINGS): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views of the accommodations' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: VIEW_HEADINGS[name], exact: true }),
  ).toBeVisible();
}

/** Opens the new-request dialog; returns it. */
export async function startRequest(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New request', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New accommodation request' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Sets a date-and-time group (such as "Received") of a dialog. */
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

/** Finds a voter on the list from the request dialog and chooses them. */
export async function chooseVoter(dialog: Locator, query: string, name: string): Promise<void> {
  await dialog.getByLabel('Find on the voter list').fill(query);
  await dialog.getByRole('button', { name: 'Search', exact: true }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await expect(dialog.getByText(`Chosen: ${name}`)).toBeVisible();
}

/** A status message of the screen (or a dialog) with this text. */
export function statusWith(scope: Page | Locator, text: string | RegExp): Locator {
  return scope.getByRole('status').filter({ hasText: text });
}

/** Opens a request from the register by its number; returns its dialog. */
export async function openRequest(page: Page, number: number): Promise<Locator> {
  await page.getByRole('button', { name: `Open request No. ${number}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Request No\\. ${number}:`) });
  await expect(dialog.getByRole('heading', { name: 'History' })).toBeVisible();
  return dialog;
}

/** The register's table body rows. */
export function registerRows(page: Page): Locator {
  return page.getByTestId('accommodation-register').locator('tbody tr');
}

/** Records a request through the API the screens use (for scenarios about what comes after). */
export async function recordRequest(page: Page, input: RecordRequestInput): Promise<void> {
  const result = await page.evaluate(async (request) => {
    const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
    return api.recordAccommodationRequest(request);
  }, input);
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/** The logged-in member's id, as the request form fills it in. */
export async function ownMemberId(page: Page): Promise<string> {
  const session = await page.evaluate(async () => {
    const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
    return api.getSession({});
  });
  if (!session.ok || !session.value) throw new Error('Not logged in');
  return session.value.memberId;
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and fails when it does not
 * get there within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
  const focused = () =>
    target.evaluate((element) => element === element.ownerDocument.activeElement);
  for (let presses = 0; presses < limit && !(await focused()); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Voting day as the setup flow enters it, and the scenarios' clock on it. */
export const VOTING_DAY = '2027-03-19';

/** A request as the API takes it, with nothing but what the scenario names. */
export function requestInput(
  receivedById: string,
  fields: Pick<RecordRequestInput, 'requester' | 'kinds'> & Partial<RecordRequestInput>,
): RecordRequestInput {
  return {
    receivedAt: `${VOTING_DAY}T09:00`,
    receivedById,
    channel: 'phone',
    intermediary: null,
    contactPhone: null,
    address: null,
    otherDescription: null,
    notes: null,
    reasonCategory: null,
    healthNote: null,
    ...fields,
  };
}
