import { expect, folderListed, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
  CHAIR,
  DEPUTY,
  MEMBER,
  chooseEnglish,
  completeSetup,
  logIn,
  openSection,
  resetPinOf,
} from './support/flows';

test('axe finds no violations on any screen', async ({ page, dataDir, hostKind, saveFileAs }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'setup (Kazakh)');
  await chooseEnglish(page);
  await page.getByRole('button', { name: 'Complete setup' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page, 'setup with errors');
  await page.reload();

  const code = await completeSetup(page);
  await expectNoAxeViolations(page, 'recovery code');
  await page.getByRole('button', { name: 'Save as a PDF instead…' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page, 'warning before a PDF of the recovery code');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  const printCode = async () => {
    await page.getByRole('button', { name: 'Save as a PDF instead…' }).click();
    await page.getByRole('button', { name: 'Save the PDF anyway' }).click();
  };
  if (hostKind === 'chromium') {
    // Electron shows its native save dialog instead, which axe cannot see.
    await printCode();
    const picker = await folderListed(page);
    await expectNoAxeViolations(page, 'in-app path picker');
    await picker.getByRole('button', { name: 'Cancel' }).click();
  }
  await saveFileAs(`${dataDir}/code.pdf`, printCode);
  await expect(page.getByRole('status').filter({ hasText: 'Delete this file' })).toBeVisible();
  await expectNoAxeViolations(page, 'recovery code saved as a PDF, with the warning');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNoAxeViolations(page, 'login');
  await logIn(page, CHAIR, '000000');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page, 'login with a wrong PIN');
  await page.getByRole('button', { name: 'Forgot PIN (chair)' }).click();
  await expectNoAxeViolations(page, 'PIN recovery');
  await page.getByLabel('Recovery code').fill(code);
  await page.getByLabel('New PIN', { exact: true }).fill('481516');
  await page.getByLabel('Repeat PIN').fill('481516');
  await page.getByRole('button', { name: 'Set the new PIN' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  await expectNoAxeViolations(page, 'new recovery code');
  await page.getByRole('button', { name: 'Continue' }).click();

  await logIn(page, CHAIR, '481516');
  for (const section of [
    'Voters',
    'Accommodations',
    'Information log',
    'Sync',
    'Audit',
    'Settings',
  ]) {
    await openSection(page, section);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, section);
  }
  await page.getByRole('button', { name: `Replace ${MEMBER}` }).click();
  await expectNoAxeViolations(page, 'replace member dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `Deactivate ${DEPUTY}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate member' }).click();
  await expect(page.getByRole('dialog').getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page, 'deactivate dialog with a missing reason');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `Reset PIN for ${MEMBER}` }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page, 'reset PIN confirmation');
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Give a new temporary PIN' })
    .click();
  await expect(page.getByTestId('temporary-pin')).toBeVisible();
  await expectNoAxeViolations(page, 'temporary PIN notice');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: `Reset PIN for ${MEMBER}` })).toBeFocused();
  const temporary = await resetPinOf(page, MEMBER);
  await page.getByRole('button', { name: 'Log out' }).click();
  await logIn(page, MEMBER, temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Set your own PIN' })).toBeVisible();
  await expectNoAxeViolations(page, 'change PIN');
});

test('the app can be used by keyboard alone', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  // Choose the chair and type the PIN without the mouse.
  await page.getByRole('radio', { name: new RegExp(`^${CHAIR}`) }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('481516');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const audit = page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Audit', exact: true });
  await audit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeFocused();
});
