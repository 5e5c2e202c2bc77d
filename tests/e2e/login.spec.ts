import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  CHAIR,
  CHAIR_PIN,
  MEMBER,
  logIn,
  logInWithTemporaryPin,
  logOut,
  openSection,
  resetPinOf,
  setUpAndLogInChair,
} from './support/flows';

/** Five wrong PINs in a row from the login screen: the member is locked out. */
async function lockOut(page: Page, name: string): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt++) await logIn(page, name, '000000');
  await expect(page.getByRole('alert').filter({ hasText: 'Try again after' })).toBeVisible();
}

test('a member logs in with the temporary PIN from the chair and must replace it', async ({
  page,
}) => {
  await setUpAndLogInChair(page);
  const temporary = await resetPinOf(page, MEMBER);
  await page.getByRole('button', { name: 'Log out' }).click();

  await logIn(page, MEMBER, temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Set your own PIN' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await page.getByLabel('Temporary PIN').fill(temporary);
  await page.getByLabel('New PIN', { exact: true }).fill('246810');
  await page.getByLabel('Repeat PIN').fill('246810');
  await page.getByRole('button', { name: 'Save my PIN' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByText(`${MEMBER}, Member`)).toBeVisible();
  // A member sees no member management: the core would refuse it, the UI hides it.
  await openSection(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Commission members' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Reset PIN/ })).toHaveCount(0);
});

test('five wrong PINs lock the member out for five minutes', async ({ page }) => {
  await setUpAndLogInChair(page);
  await page.getByRole('button', { name: 'Log out' }).click();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await logIn(page, CHAIR, '000000');
    await expect(
      page.getByRole('alert').filter({
        hasText: `${5 - attempt} ${attempt === 4 ? 'attempt' : 'attempts'} left before logging in is blocked.`,
      }),
    ).toBeVisible();
  }
  await logIn(page, CHAIR, '000000');
  await expect(page.getByRole('alert').filter({ hasText: 'Try again after' })).toBeVisible();
  // The right PIN does not help while the lockout lasts.
  await logIn(page, CHAIR, CHAIR_PIN);
  await expect(page.getByRole('alert').filter({ hasText: 'Try again after' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
});

test('the app locks itself after the auto-lock time without input', async ({ page }) => {
  await page.clock.install();
  await setUpAndLogInChair(page);
  await openSection(page, 'Audit');
  await page.clock.fastForward('09:00');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText('Locked after 10 minutes without input')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await logIn(page, CHAIR, CHAIR_PIN);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('the chair recovers a forgotten PIN with the sealed code and gets a new one', async ({
  page,
}) => {
  const code = await setUpAndLogInChair(page);
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('button', { name: 'Forgot PIN (chair)' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByLabel('New PIN', { exact: true }).fill('975310');
  await page.getByLabel('Repeat PIN').fill('975310');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();
  const fresh = page.getByTestId('recovery-code');
  await expect(fresh).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  expect(await fresh.textContent()).not.toBe(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, CHAIR, '975310');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('a locked-out chair opens the envelope: the recovery code works during the lockout', async ({
  page,
}) => {
  const code = await setUpAndLogInChair(page);
  await logOut(page);
  await lockOut(page, CHAIR);
  await page.getByRole('button', { name: 'Forgot PIN (chair)' }).click();
  await page.getByLabel('Recovery code').fill(code);
  // A PIN anyone would try first is refused, in the user's language, and the code still works.
  await page.getByLabel('New PIN', { exact: true }).fill('123456');
  await page.getByLabel('Repeat PIN').fill('123456');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too easy to guess' })).toBeVisible();
  await page.getByLabel('New PIN', { exact: true }).fill('975310');
  await page.getByLabel('Repeat PIN').fill('975310');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(page.getByTestId('recovery-code')).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await page.getByRole('button', { name: 'Continue' }).click();
  // The lockout is lifted with the recovery: the new PIN works at once.
  await logIn(page, CHAIR, '975310');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await openSection(page, 'Audit');
  await expect(
    page.getByRole('row').filter({ hasText: `${CHAIR}, with the recovery code` }),
  ).toBeVisible();
});

test('the chair lifts a member’s lockout from the members screen', async ({ page }) => {
  await setUpAndLogInChair(page);
  const temporary = await resetPinOf(page, MEMBER);
  await logOut(page);
  await logInWithTemporaryPin(page, MEMBER, temporary, '246810');
  await logOut(page);
  await lockOut(page, MEMBER);
  // A refused login changes nothing for whoever comes next: the chair logs in as usual.
  await logIn(page, CHAIR, CHAIR_PIN);
  await openSection(page, 'Settings');
  const lift = page.getByRole('button', { name: `Lift lockout for ${MEMBER}` });
  await expect(lift).toBeVisible();
  await expectNoAxeViolations(page, 'members with a lockout');
  await lift.click();
  await expect(
    page.getByRole('status').filter({ hasText: `${MEMBER} can log in again.` }),
  ).toBeVisible();
  await expect(lift).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Commission members' })).toBeFocused();
  await logOut(page);
  await logIn(page, MEMBER, '246810');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});
