import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { openWithSecret } from '../../src/main/core/kernel/at-rest/door-wraps';
import { applyStoreKey } from '../../src/main/core/kernel/db/store-key';
import { test, expect } from './fixtures';
import { CHAIR, CHAIR_PIN, DEPUTY, logIn, openSection, setUpAndLogInChair } from './support/flows';

test('the audit screen lists the setup events and the chain verifies', async ({ page }) => {
  await setUpAndLogInChair(page);
  await openSection(page, 'Audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByTestId('chain-status')).toHaveText(/Chain verified: \d+ events/);
  const table = page.getByTestId('audit-table');
  for (const type of [
    'Device initialized',
    'Precinct set up',
    'Member added',
    'PIN set',
    'Recovery code issued',
    'Clock confirmed',
    'Logged in',
  ]) {
    await expect(table.getByRole('cell', { name: type, exact: true }).first()).toBeVisible();
  }
  await expect(table.getByRole('cell', { name: `${DEPUTY}, Deputy chair` })).toBeVisible();
  await page.getByLabel('Event type').selectOption({ label: 'Member added' });
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
});

test('the language switches among Kazakh, Russian and English and is remembered per member', async ({
  page,
}) => {
  await setUpAndLogInChair(page);
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Настройки' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Баптаулар' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Settings' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await logIn(page, CHAIR, CHAIR_PIN);
  // The chair chose Russian: it comes back at login.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('the audit screen shows where the chain breaks when the database was tampered with', async ({
  page,
  dataDir,
}) => {
  await setUpAndLogInChair(page);
  await openSection(page, 'Audit');
  await expect(page.getByTestId('chain-status')).toHaveText(/Chain verified/);
  // Someone who knows the chair's PIN edits the (encrypted) database behind the app's back.
  const door = readDoor(dataDir);
  const chairId = door?.members.find((member) => member.name === CHAIR)?.id ?? null;
  const key = door ? await openWithSecret(door, 'pin', chairId, CHAIR_PIN) : null;
  expect(key).not.toBeNull();
  const db = new Database(join(dataDir, 'precinct.db'));
  applyStoreKey(db, key as Buffer);
  db.prepare(
    "UPDATE events SET payload_json = replace(payload_json, 'School No. 12', 'School No. 13') WHERE type = 'precinct.setup_completed'",
  ).run();
  const seq = (
    db.prepare("SELECT seq FROM events WHERE type = 'precinct.setup_completed'").get() as {
      seq: number;
    }
  ).seq;
  db.close();
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByTestId('chain-status')).toContainText(
    `event #${seq}: it was changed after it was recorded`,
  );
});
