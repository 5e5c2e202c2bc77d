/**
 * Supervisor mode end to end: the central commission makes a precinct's package, imports a
 * folder of the precinct's sync files and sees the turnout; the same file again changes
 * nothing; a tampered file is refused with its reason; a fork raises an alarm a supervisor
 * decides; a revoked laptop's newer file is refused. Every screen and dialog is checked with axe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CSV_HEADER, voterCsvLine } from '../../src/main/bench/sample-voters';
import { expectNoAxeViolations } from './support/axe';
import {
  ADMIN,
  ADMIN_PASSPHRASE,
  ballotEvents,
  enrolDevice,
  openSection,
  packageByCli,
  packageSigner,
  startSupervisorMode,
  tamperedCopy,
  writePackageInputs,
  writeSyncFile,
} from './support/supervisor';

let work = '';
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'precinct-desk-supervisor-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

const grouped = (hex: string) => (hex.toUpperCase().match(/.{4}/g) ?? []).join(' ');
const TIMES = ['08:15', '09:40', '09:50', '11:05', '11:30'];

/** The row of a file in the latest import's results. */
const resultRow = (page: Page, file: string) =>
  page.getByTestId('import-results').getByRole('row', { name: new RegExp(file) });

test('a package made, a folder imported, the turnout shown; a file twice changes nothing; a tampered file is refused', async ({
  page,
  openFileAs,
  saveFileAs,
  capturePrints,
}) => {
  const fingerprint = await startSupervisorMode(page);
  await expectNoAxeViolations(page, 'supervisor: import, nothing yet');

  // The precinct's package, from its spec and list, saved where the supervisor says.
  await openSection(page, 'Packages');
  const { specPath, votersPath, voters } = writePackageInputs(work, 20);
  await page.getByRole('button', { name: 'Create the package and save as…' }).click();
  await expect(page.getByText('Fill in this field.')).toHaveCount(2);
  await openFileAs(specPath, () => page.getByRole('button', { name: 'Choose the spec…' }).click());

  // A list with errors is checked once chosen: making the package is disabled, with the rows
  // with errors and the errors in all beside the button, and no save dialog opens.
  const faulty = join(work, 'voters-with-errors.csv');
  // Rows 2 and 3 lose their IIN (one error each); row 4 its IIN and surname (two errors).
  const spoiled = voters.map((voter, i) =>
    i > 2 ? voter : { ...voter, iin: '', last_name: i === 2 ? '' : voter.last_name },
  );
  writeFileSync(faulty, [CSV_HEADER, ...spoiled.map(voterCsvLine)].join('\n') + '\n');
  await openFileAs(faulty, () =>
    page.getByRole('button', { name: 'Choose the voter list…' }).click(),
  );
  const make = page.getByRole('button', { name: 'Create the package and save as…' });
  await expect(page.getByTestId('package-check')).toHaveText(
    'No package can be made from this list: 3 rows with errors (4 errors in all). Correct the list, then choose it again.',
  );
  await expect(make).toHaveAttribute('aria-disabled', 'true');
  await expect(make).toHaveAccessibleDescription(/3 rows with errors \(4 errors in all\)/);
  // Pressed anyway (the button keeps focus): nothing opens.
  await make.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectNoAxeViolations(page, 'supervisor: a list with errors, making the package disabled');
  await page.screenshot({
    path: test.info().outputPath('package-list-errors-en.png'),
    fullPage: true,
  });
  // The same reason in Kazakh and Russian, in each language's plural forms.
  for (const [language, tag, reason] of [
    ['Қазақша', 'kk', 'қатесі бар 3 жол (барлығы 4 қате)'],
    ['Русский', 'ru', '3 строки с ошибками (всего 4 ошибки)'],
  ] as const) {
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect(page.getByTestId('package-check')).toContainText(reason);
    await page.screenshot({
      path: test.info().outputPath(`package-list-errors-${tag}.png`),
      fullPage: true,
    });
  }
  await page.getByRole('button', { name: 'English', exact: true }).click();

  await page.getByRole('button', { name: 'Choose the voter list…' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a file' })).toBeVisible();
  await expectNoAxeViolations(page, 'supervisor: choose a file');
  await page.getByLabel('File path').fill(votersPath);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const packagePath = join(work, 'precinct-412.pdpkg');
  await saveFileAs(packagePath, () =>
    page.getByRole('button', { name: 'Create the package and save as…' }).click(),
  );
  const created = page.getByTestId('package-created');
  await expect(created.getByRole('row', { name: /Revision/ })).toContainText('1');
  await expect(created.getByRole('row', { name: /Voters/ })).toContainText('20');
  const sha256 = createHash('sha256').update(readFileSync(packagePath)).digest('hex');
  await expect(created.getByRole('row', { name: /SHA-256/ })).toContainText(grouped(sha256));
  // The header's fingerprint is the key that signed the package.
  expect(packageSigner(packagePath)).toBe(fingerprint);
  await expect(created.getByRole('row', { name: /Central key fingerprint/ })).toContainText(
    fingerprint,
  );
  // The handover code, shown this once, and the act printed with it (never saved as a file).
  const codeShown = page.getByTestId('handover-code');
  await expect(codeShown).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  const handoverCode = (await codeShown.textContent()) ?? '';
  await expect(page.getByText('This code is shown only now')).toBeVisible();
  const printed = await capturePrints();
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: 'Print the handover act' }).click();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('status').filter({ hasText: 'sent to the printer' })).toBeVisible();
  const acts = await printed();
  expect(acts).toHaveLength(1);
  for (const line of [handoverCode, fingerprint, 'School No. 12', 'Received by']) {
    expect(acts[0]).toContain(line);
  }
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  // No file of the act rests beside the package.
  expect(readdirSync(work).filter((name) => /\.(pdf|html?)$/i.test(name))).toEqual([]);
  await expectNoAxeViolations(page, 'supervisor: package created');

  // A laptop of the precinct writes its first sync file onto a stick.
  const device = await enrolDevice(packagePath, handoverCode);
  const events = ballotEvents(
    device,
    TIMES.map((time, i) => ({ iin: voters[i]?.iin ?? '', time })),
  );
  const stick = join(work, 'stick');
  mkdirSync(stick);
  const first = join(stick, '412-laptop-1.pdsync');
  writeSyncFile(first, device, events);
  // Other files on the stick are left out, unread, and named.
  writeFileSync(join(stick, 'SPEC.json'), '{}');

  await openSection(page, 'Import');
  await openFileAs(stick, () => page.getByRole('button', { name: 'Choose a folder…' }).click());
  await expect(resultRow(page, '412-laptop-1.pdsync')).toContainText('Accepted');
  await expect(page.getByTestId('import-left-out')).toContainText(
    '1 file left out, not read, as it is not a sync file (.pdsync): SPEC.json.',
  );
  await expect(resultRow(page, '412-laptop-1.pdsync')).toContainText(device.deviceId);
  await expect(resultRow(page, '412-laptop-1.pdsync').getByRole('cell').last()).toHaveText('5');
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '1');
  await expect(progress).toHaveAttribute('aria-valuemax', '1');
  const counts = '1 of 1 files: 1 accepted, 0 already imported, 0 held, 0 rejected; 5 new events.';
  await expect(page.getByTestId('import-counts')).toHaveText(counts);
  // Screen readers hear the end of the import with its counts, politely.
  await expect(page.getByRole('status').filter({ hasText: counts })).toHaveText(
    `Import finished. ${counts}`,
  );
  await expect(page.getByTestId('import-history').getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page, 'supervisor: import accepted');

  // The dashboard: one precinct reporting, its five ballots by hour (Almaty time).
  await openSection(page, 'Dashboard');
  await expectDashboard(page);
  await expectNoAxeViolations(page, 'supervisor: dashboard');
  await page.getByRole('button', { name: 'Open precinct No. 412' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Precinct No. 412: School No. 12' }),
  ).toBeFocused();
  await expect(page.getByTestId('devices-table')).toContainText(device.deviceId);
  // Its one laptop slot, and the device that took it.
  await expect(
    page.getByTestId('slots-table').getByRole('row', { name: /Laptop 1/ }),
  ).toContainText(device.deviceId);
  await expect(page.getByTestId('turnout-precincts').getByRole('row').last()).toContainText('5');
  await expectNoAxeViolations(page, 'supervisor: precinct detail');
  await page.getByRole('button', { name: 'Back to all precincts' }).click();

  // The same file again: already imported, nothing changes.
  await openSection(page, 'Import');
  await openFileAs(first, () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expect(resultRow(page, '412-laptop-1.pdsync')).toContainText(
    'Already imported (no change)',
  );
  await expect(resultRow(page, '412-laptop-1.pdsync').getByRole('cell').last()).toHaveText('0');
  await expect(page.getByTestId('import-counts')).toContainText('0 new events');

  // One byte flipped: refused, with the reason in words and its code.
  const tampered = join(work, 'tampered.sync');
  tamperedCopy(first, tampered);
  await openFileAs(tampered, () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expect(resultRow(page, 'tampered.sync')).toContainText('Rejected');
  await expect(resultRow(page, 'tampered.sync')).toContainText(
    'The body was altered or cannot be decrypted. (body_mismatch)',
  );
  await expectNoAxeViolations(page, 'supervisor: import rejected');

  await openSection(page, 'Dashboard');
  await expectDashboard(page);
});

async function expectDashboard(page: Page): Promise<void> {
  const figures = page.getByTestId('key-figures');
  await expect(figures).toContainText('Precincts known1');
  await expect(figures).toContainText('Reporting1');
  await expect(figures).toContainText('Silent0');
  const row = page.getByTestId('precincts-table').getByRole('row', { name: /School No. 12/ });
  await expect(row.getByRole('cell').nth(4)).toHaveText('5'); // ballots
  await expect(row.getByRole('cell').nth(5)).toHaveText('25%'); // of the 20 listed
  const turnout = page.getByTestId('turnout-precincts');
  await expect(turnout.getByRole('columnheader')).toHaveText([
    'Precinct',
    'by 09:00',
    'by 10:00',
    'by 11:00',
    'by 12:00',
  ]);
  // Each hour's ballots with their share of the list under them.
  await expect(turnout.getByRole('row').last().getByRole('cell')).toHaveText([
    '15%',
    '315%',
    '315%',
    '525%',
  ]);
  await expect(page.getByTestId('turnout-regions').getByRole('row').last()).toContainText('Almaty');
}

test('a fork raises an alarm a supervisor decides; a revoked laptop’s newer file is refused', async ({
  page,
  dataDir,
  openFileAs,
}) => {
  await startSupervisorMode(page);
  const { packagePath, voters, code } = packageByCli(dataDir, work, 10);
  const device = await enrolDevice(packagePath, code);
  const ballots = TIMES.map((time, i) => ({ iin: voters[i]?.iin ?? '', time }));
  const events = ballotEvents(device, ballots);
  const files = {
    first: join(work, 'first.sync'),
    fork: join(work, 'fork.sync'),
    later: join(work, 'later.sync'),
  };
  writeSyncFile(files.first, device, events.slice(0, 3));
  // Another history of the same laptop: the same seqs, other ballots.
  writeSyncFile(files.fork, device, ballotEvents(device, ballots.slice(1, 4)));
  writeSyncFile(files.later, device, events.slice(3));

  await openFileAs(files.first, () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expect(resultRow(page, 'first.sync')).toContainText('Accepted');
  await openFileAs(files.fork, () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expect(resultRow(page, 'fork.sync')).toContainText('Rejected');
  await expect(resultRow(page, 'fork.sync')).toContainText('(fork)');

  await openSection(page, 'Alarms');
  const alarms = page.getByTestId('alarms-table');
  await expect(alarms.getByRole('row')).toHaveCount(2);
  await expect(alarms).toContainText('Two histories of one device');
  await expect(alarms).toContainText('seq 1–3 differ from the stored history at seq 3');
  await expectNoAxeViolations(page, 'supervisor: alarms');
  await alarms.getByRole('button', { name: `Decide the alarm about ${device.deviceId}` }).click();
  const decide = page.getByRole('alertdialog', { name: /Decision on the alarm/ });
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decide.getByText('Fill in this field.')).toHaveCount(1);
  await expect(decide.getByLabel('Decision')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'supervisor: decide an alarm, fields missing');
  await decide.getByLabel('Decision').fill('The laptop was reinstalled; the first history stands.');
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decide).toBeHidden();
  await expect(page.getByText('The decision was recorded.')).toBeVisible();
  await expect(page.getByText('No open alarms.')).toBeVisible();
  await page.getByLabel('All alarms').check();
  await expect(alarms).toContainText(ADMIN);

  await openSection(page, 'Devices');
  await page.getByRole('button', { name: `Revoke device ${device.deviceId}` }).click();
  const revoke = page.getByRole('alertdialog', { name: `Revoke device ${device.deviceId}?` });
  await expectNoAxeViolations(page, 'supervisor: revoke a device');
  await revoke.getByRole('button', { name: 'Revoke the device' }).click();
  await expect(revoke.getByText('Fill in this field.')).toHaveCount(1);
  await revoke.getByLabel('Reason').fill('Laptop lost on the way to the district commission');
  await revoke.getByRole('button', { name: 'Revoke the device' }).click();
  await expect(revoke).toBeHidden();
  await expect(page.getByTestId('devices-table')).toContainText('Revoked');
  await expectNoAxeViolations(page, 'supervisor: devices');

  await openSection(page, 'Import');
  await openFileAs(files.later, () => page.getByRole('button', { name: 'Choose files…' }).click());
  await expect(resultRow(page, 'later.sync')).toContainText('(revoked_device)');
});

test('importing by keyboard alone', async ({ page, dataDir }) => {
  await startSupervisorMode(page);
  const { packagePath, voters, code } = packageByCli(dataDir, work, 5);
  const device = await enrolDevice(packagePath, code);
  const stick = join(work, 'stick');
  mkdirSync(stick);
  writeSyncFile(
    join(stick, 'a.pdsync'),
    device,
    ballotEvents(device, [{ iin: voters[0]?.iin ?? '', time: '10:00' }]),
  );

  // The app opens with focus on the section's heading; Tab reaches the two choices first.
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Choose sync files or a folder' });
  await expect(picker.getByText(/^Folder: /)).toBeVisible();
  await expectNoAxeViolations(page, 'supervisor: choose sync files or a folder');
  // The picker opens with focus on its path field (its first control before the folder is listed).
  await expect(picker.getByLabel('File path')).toBeFocused();
  await page.keyboard.type(stick);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(resultRow(page, 'a.pdsync')).toContainText('Accepted');
  // Focus went back to the button that opened the picker.
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toBeFocused();
  await expect(page.getByTestId('import-counts')).toContainText('1 new events');
});

test('the central store opens only with the passphrase: locked from the header, a wrong passphrase refused, the right one opens it, keyboard only', async ({
  page,
}) => {
  const fingerprint = await startSupervisorMode(page);
  await expect(page.getByText(`Open as ${ADMIN}`)).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unlock the central store' }),
  ).toBeFocused();
  // Nothing of the store is shown while it is locked.
  await expect(page.getByRole('navigation', { name: 'Supervisor mode sections' })).toHaveCount(0);
  await expect(page.getByTestId('central-fingerprint')).toHaveCount(0);
  await expectNoAxeViolations(page, 'supervisor: unlock');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Account name')).toBeFocused();
  await page.keyboard.type(ADMIN);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type('not the passphrase at all');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase');
  await expect(page.getByRole('navigation', { name: 'Supervisor mode sections' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'supervisor: unlock refused');

  await page.getByLabel('Passphrase', { exact: true }).focus();
  await page.keyboard.type(ADMIN_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  await expect(page.getByTestId('central-fingerprint')).toHaveText(fingerprint);
});
