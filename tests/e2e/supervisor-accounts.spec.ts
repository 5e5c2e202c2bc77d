/**
 * Supervisor accounts end to end: the first run makes the administrator, who adds an operator
 * on the Accounts screen; the operator logs in by keyboard alone, replaces the initial
 * passphrase, finds making packages disabled with its reason (and the core refuses it too);
 * the supervisor log shows every act and verifies; the store locks itself after the auto-lock
 * time. Every new screen is checked with axe.
 */
import type { Page } from '@playwright/test';
import type { PrecinctApi } from '../../src/shared/api';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { ADMIN, openSection, startSupervisorMode } from './support/supervisor';

const OPERATOR = 'Olzhas Operator';
const INITIAL = 'initial passphrase for olzhas';
const OWN = 'olzhas chose his own passphrase';

/** Presses Tab until the field labelled `label` has focus (at most 20 times). */
async function tabTo(page: Page, label: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 20; i++) {
    if (await field.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${label}`);
}

test('an administrator adds an operator, who cannot make packages; the log shows every act', async ({
  page,
}) => {
  await startSupervisorMode(page);
  await openSection(page, 'Accounts');
  await expect(page.getByTestId('accounts-table')).toContainText(`${ADMIN} (you)`);
  await expectNoAxeViolations(page, 'supervisor: accounts');
  const form = page.getByRole('form', { name: 'Add an account' });
  await form.getByLabel('Name').fill(OPERATOR);
  await form.getByLabel('Role').selectOption('operator');
  await form.getByLabel('Initial passphrase', { exact: true }).fill(INITIAL);
  await form.getByLabel('Initial passphrase again').fill(INITIAL);
  await form.getByRole('button', { name: 'Add the account' }).click();
  await expect(page.getByText(`Account ${OPERATOR} added.`)).toBeVisible();
  await expect(page.getByTestId('accounts-table')).toContainText('Active, initial passphrase');
  await page.getByRole('button', { name: `Change role of ${OPERATOR}` }).click();
  await expect(page.getByRole('dialog', { name: `Change the role of ${OPERATOR}` })).toBeVisible();
  await expectNoAxeViolations(page, 'supervisor: change a role');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();

  // The operator logs in by keyboard alone.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unlock the central store' }),
  ).toBeFocused();
  await tabTo(page, 'Account name');
  await page.keyboard.type(OPERATOR);
  await page.keyboard.press('Tab');
  await page.keyboard.type(INITIAL);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your own passphrase' }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'supervisor: choose your own passphrase');
  await tabTo(page, 'New passphrase');
  await page.keyboard.type(OWN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(OWN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  await expect(page.getByText(`Open as ${OPERATOR}`)).toBeVisible();

  // No accounts section; making packages is disabled with its reason, and refused by the core.
  const nav = page.getByRole('navigation', { name: 'Supervisor mode sections' });
  await expect(nav.getByRole('button', { name: 'Accounts', exact: true })).toHaveCount(0);
  await openSection(page, 'Packages');
  const make = page.getByRole('button', { name: 'Create the package and save as…' });
  await expect(make).toBeDisabled();
  await expect(make).toHaveAccessibleDescription(
    'Only an administrator makes packages. You are logged in as an operator.',
  );
  await expectNoAxeViolations(page, 'supervisor: packages as an operator');
  const refused = await page.evaluate(async () => {
    const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
    const handle = `fh_${'a'.repeat(32)}`;
    return api.createPackage({ specHandle: handle, votersHandle: handle, outHandle: handle });
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'not_permitted' } });

  // The supervisor log: every act with its account, and its chain verified.
  await openSection(page, 'Supervisor log');
  const log = page.getByTestId('supervisor-log-table');
  await expect(log).toContainText('Central store made');
  await expect(log).toContainText('Account added');
  await expect(log.getByRole('row', { name: /Own passphrase chosen/ })).toContainText(OPERATOR);
  await page.getByRole('button', { name: 'Verify the log' }).click();
  await expect(page.getByTestId('supervisor-log-status')).toHaveText(
    /^Log verified: \d+ entries, none changed\.$/,
  );
  await expectNoAxeViolations(page, 'supervisor: supervisor log');
});

test('the central store locks itself after the auto-lock time without input', async ({ page }) => {
  await page.clock.install();
  await startSupervisorMode(page);
  await page.clock.fastForward('09:00');
  await expect(page.getByRole('navigation', { name: 'Supervisor mode sections' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText('Locked after 10 minutes without input.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unlock the central store' }),
  ).toBeVisible();
  await expect(page.getByTestId('central-fingerprint')).toHaveCount(0);
});
