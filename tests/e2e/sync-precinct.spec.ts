import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyFingerprint } from '../../src/main/core/airgap/keys';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import {
  decodeSyncBody,
  decryptSyncBody,
  openSyncFile,
} from '../../src/main/core/airgap/sync-file';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { logIn, logInWithTemporaryPin, logOut, openSection, resetPinOf } from './support/flows';
import {
  loadPackageAtFirstRun,
  makeTestPackage,
  PACKAGE_CHAIR,
  PACKAGE_MEMBER,
  PACKAGE_VOTERS,
} from './support/sync';
import { closeCard, fullName, openCard, VOTERS } from './support/voters';

// Voting day, 08:30 in Almaty: ballots are issued.
test.use({ clockStart: '2027-03-19T03:30:00Z' });

const CHAIR_PIN = '918273';
const MEMBER_PIN = '135790';

test('a precinct loads its package, works, exports a sync file the central key opens, and is closed', async ({
  page,
  dataDir,
  openFileAs,
  saveFileAs,
}) => {
  const pkg = await makeTestPackage();
  const fingerprint = keyFingerprint(pkg.central.signing.publicKey);
  const recoveryCode = await loadPackageAtFirstRun(page, openFileAs, pkg, fingerprint, CHAIR_PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  // The chair gives the member a PIN; the member issues a ballot from the package's list.
  const temporary = await resetPinOf(page, PACKAGE_MEMBER);
  await logOut(page);
  await logInWithTemporaryPin(page, PACKAGE_MEMBER, temporary, MEMBER_PIN);
  const card = await openCard(page, VOTERS.nurlan.iin, VOTERS.nurlan);
  await card.getByRole('button', { name: 'Issue ballot' }).click();
  const issue = page.getByRole('dialog', { name: `Issue a ballot to ${fullName(VOTERS.nurlan)}` });
  await issue.getByLabel('The voter’s ID document was shown and matches the list').check();
  await issue.getByRole('button', { name: 'Issue the ballot' }).click();
  await expect(issue).toBeHidden();
  await closeCard(page, card);
  await logOut(page);

  // The chair exports for the central commission.
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  await openSection(page, 'Sync');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Export for the central commission' }),
  ).toBeVisible();
  await expect(page.getByText(/Revision 1 loaded \(precinct almaty-412/)).toBeVisible();
  await expectNoAxeViolations(page, 'sync screen');
  const out = join(pkg.folder, 'precinct-412.pdsync');
  await saveFileAs(out, () => page.getByRole('button', { name: 'Export to a file' }).click());
  const result = page.getByTestId('export-result');
  await expect(result.getByRole('status')).toContainText(
    /Exported \d+ events \(#1–#\d+\) to precinct-412\.pdsync/,
  );
  await expect(result.getByRole('table', { name: 'What went in' })).toContainText('Ballot issued');
  const bytes = readFileSync(out);
  await expect(page.getByTestId('export-sha256')).toHaveText(
    createHash('sha256').update(bytes).digest('hex'),
  );
  await expect(page.getByTestId('export-history')).toContainText('precinct-412.pdsync');
  await expectNoAxeViolations(page, 'sync screen after an export');

  // The file on disk opens with the central commission's key and carries the ballot.
  const opened = openSyncFile(bytes);
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  expect(opened.header.precinct_id).toBe('almaty-412');
  const plain = decryptSyncBody(opened.header, opened.envelope.body, [pkg.central.encryption]);
  expect(plain).not.toBeNull();
  const decoded = decodeSyncBody(opened.header, plain ?? Buffer.alloc(0));
  expect(decoded.ok && decoded.events.some((e) => e.type === 'ballot.issued')).toBe(true);

  // Nothing new since: the export says so before any file is chosen.
  await expect(
    page.getByText(/^0 of this laptop’s \d+ events are not exported yet\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Export to a file' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing new to export');

  // The laptop's own file offered as another laptop's changes nothing.
  await openFileAs(out, () =>
    page.getByRole('button', { name: 'Import files from other laptops' }).click(),
  );
  await expect(page.getByTestId('peer-results')).toContainText(
    'precinct-412.pdsync: Already imported: nothing changed',
  );

  // Nothing of the list stands in clear in any file of the data folder.
  for (const file of filesUnder(dataDir)) {
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from(VOTERS.nurlan.iin)), file).toBe(false);
    expect(raw.includes(Buffer.from(VOTERS.nurlan.lastName)), file).toBe(false);
  }

  // After the final export the chair closes the precinct: no PIN opens it any more.
  await page.getByRole('button', { name: 'Close the precinct' }).click();
  await page.getByRole('button', { name: 'Close the precinct for good' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The precinct is closed' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'closed precinct');
  const door = readDoor(dataDir);
  expect(door?.wraps.map((wrap) => wrap.kind).sort()).toEqual(['recovery_code']);
  // A wrong recovery code opens nothing; the chair's opens the records, read-only.
  await page.getByLabel('Recovery code').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Open for review' }).click();
  await expect(page.getByText('The recovery code is not valid', { exact: false })).toBeVisible();
  await page.getByLabel('Recovery code').fill(recoveryCode);
  await page.getByRole('button', { name: 'Open for review' }).click();
  await openSection(page, 'Audit');
  await expect(page.getByTestId('chain-status')).toHaveText(/Chain verified/);
});

/** Every file under a folder, at any depth. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the chair loads a newer package and sees what it changed; a tampered file is refused', async ({
  page,
  openFileAs,
  saveFileAs,
}) => {
  const pkg = await makeTestPackage();
  await loadPackageAtFirstRun(
    page,
    openFileAs,
    pkg,
    keyFingerprint(pkg.central.signing.publicKey),
    CHAIR_PIN,
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  await openSection(page, 'Sync');

  // Revision 2: one voter more, one fewer.
  const newer = await pkg.revision(2, [...PACKAGE_VOTERS.slice(1), VOTERS.erbolat]);
  await openFileAs(newer, () => page.getByRole('button', { name: 'Load a newer package' }).click());
  await expect(page.getByText(/A newer revision of the package/)).toBeVisible();
  await page.getByLabel('Handover code').fill(pkg.code);
  await page.getByLabel('The fingerprint matches the handover act').check();
  await page.getByRole('button', { name: 'Load the package' }).click();
  const loaded = page.getByTestId('package-loaded');
  await expect(loaded.getByRole('status')).toContainText('Package revision 2 loaded.');
  const differences = loaded.getByTestId('list-differences');
  await expect(differences.getByRole('row', { name: /Added/ })).toContainText(
    VOTERS.erbolat.lastName,
  );
  await expect(differences.getByRole('row', { name: /Removed/ })).toContainText(
    VOTERS.zhanbolat.lastName,
  );
  await expect(page.getByText(/Revision 2 loaded/)).toBeVisible();
  await expectNoAxeViolations(page, 'sync screen after a newer package');

  // The same file again changes nothing and says why.
  await openFileAs(newer, () => page.getByRole('button', { name: 'Load a newer package' }).click());
  await expect(page.getByRole('alert')).toContainText('not newer than the one loaded (revision 2)');

  // A file altered on its way is refused with its reason.
  const out = join(pkg.folder, 'mine.pdsync');
  await saveFileAs(out, () => page.getByRole('button', { name: 'Export to a file' }).click());
  await expect(page.getByTestId('export-result')).toBeVisible();
  const bytes = readFileSync(out);
  bytes[bytes.length - 7] = (bytes[bytes.length - 7] as number) ^ 1;
  const tampered = join(pkg.folder, 'tampered.pdsync');
  writeFileSync(tampered, bytes);
  await openFileAs(tampered, () =>
    page.getByRole('button', { name: 'Import files from other laptops' }).click(),
  );
  await expect(page.getByTestId('peer-results')).toContainText(
    'tampered.pdsync: Refused: the contents were altered or cannot be opened',
  );
  await expectNoAxeViolations(page, 'sync screen with peer results');
});

test('a laptop of three takes the slot the chair names at load', async ({ page, openFileAs }) => {
  const pkg = await makeTestPackage(3);
  const fingerprint = keyFingerprint(pkg.central.signing.publicKey);
  await loadPackageAtFirstRun(page, openFileAs, pkg, fingerprint, CHAIR_PIN, { slot: 2, of: 3 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
  // A newer revision keeps the laptop's slot: the loader says which laptop this is.
  await openSection(page, 'Sync');
  await openFileAs(await pkg.revision(2, PACKAGE_VOTERS), () =>
    page.getByRole('button', { name: 'Load a newer package' }).click(),
  );
  await expect(page.getByText('This laptop is laptop 2 of 3.')).toBeVisible();
});
