/** Steps several scenarios share, written as a user would take them. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { dateField, fillDate } from './date-fields';
import { expectNoAxeViolations } from './axe';

export const CHAIR = 'Aigerim Sadykova';
export const DEPUTY = 'Nurlan Omarov';
export const MEMBER = 'Yerlan Zhaksybekov';
export const CHAIR_PIN = '481516';

export async function chooseEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** First-run setup through the form; returns the recovery code shown at the end. */
export async function completeSetup(page: Page): Promise<string> {
  await chooseEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up this precinct' })).toBeVisible();
  await page
    .getByLabel('Name of the election or referendum')
    .fill('Election of deputies of the Mazhilis');
  await fillDate(dateField(page.locator('body'), 'Voting day'), '2027-03-19');
  await page.getByLabel('Precinct number').fill('412');
  await page.getByLabel('Precinct name').fill('School No. 12');
  await page.getByLabel('Region').fill('Almaty');
  await page.getByLabel('District').fill('Bostandyq');
  await page.getByLabel('Address', { exact: true }).fill('Almaty, Timiryazev St 15');
  await page.getByLabel('The date, time and zone shown are correct').check();
  const members = [
    [CHAIR, 'Chair'],
    [DEPUTY, 'Deputy chair'],
    [MEMBER, 'Member'],
  ] as const;
  for (let i = 0; i < members.length; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Add member' }).click();
    const [name, role] = members[i]!;
    const group = page.getByRole('group', { name: `Member ${i + 1}` });
    await group.getByLabel('Full name').fill(name);
    await group.getByLabel('Role').selectOption({ label: role });
  }
  await page.getByLabel('Chair PIN', { exact: true }).fill(CHAIR_PIN);
  await page.getByLabel('Repeat PIN').fill(CHAIR_PIN);
  await page.getByRole('button', { name: 'Complete setup' }).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  return (await code.textContent()) ?? '';
}

export async function logIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Setup, then the chair logs in (the clock was confirmed at setup). */
export async function setUpAndLogInChair(page: Page): Promise<string> {
  const code = await completeSetup(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, CHAIR, CHAIR_PIN);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  return code;
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** The chair gives a member a temporary PIN; returns it. */
export async function resetPinOf(page: Page, name: string): Promise<string> {
  await openSection(page, 'Settings');
  await page.getByRole('button', { name: `Reset PIN for ${name}` }).click();
  await page
    .getByRole('alertdialog', { name: `Give ${name} a new temporary PIN?` })
    .getByRole('button', { name: 'Give a new temporary PIN' })
    .click();
  const pin = page.getByTestId('temporary-pin');
  await expect(pin).toHaveText(/^\d{6}$/);
  const value = (await pin.textContent()) ?? '';
  await page.getByRole('button', { name: 'Done' }).click();
  return value;
}

/** A member's first login with the chair's temporary PIN, replaced by their own. */
export async function logInWithTemporaryPin(
  page: Page,
  name: string,
  temporary: string,
  ownPin: string,
): Promise<void> {
  await logIn(page, name, temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Set your own PIN' })).toBeVisible();
  await page.getByLabel('Temporary PIN').fill(temporary);
  await page.getByLabel('New PIN', { exact: true }).fill(ownPin);
  await page.getByLabel('Repeat PIN').fill(ownPin);
  await page.getByRole('button', { name: 'Save my PIN' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
}

const LANGUAGE_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/**
 * Presses a print button (`button`), checks the language dialog with axe, and chooses the
 * document's language there; the save dialog follows (answer it with saveFileAs).
 */
export async function printIn(
  page: Page,
  language: keyof typeof LANGUAGE_NAMES,
  button: Locator = page.getByRole('button', { name: 'Print / save as PDF' }),
): Promise<void> {
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Print or save as PDF' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'print language dialog');
  await dialog.getByRole('radio', { name: LANGUAGE_NAMES[language] }).check();
  await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(dialog).toBeHidden();
}
