/**
 * A second supervisor laptop: the first supervisor folder makes a precinct's package and its
 * key backup (typed at the keyboard); a second supervisor folder, on its first run, is restored
 * from that backup with its own administrator, and imports a sync file of the first one's
 * precinct. Axe finds nothing on either screen.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumHost } from '../../src/main/chromium-host/chromium-host';
import { systemClock } from '../../src/main/core/kernel/clock';
import { makeTestCore, readHandle, writeHandle } from '../support/core';
import { expect, folderListed, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { chooseEnglish } from './support/flows';
import { openSection, packageByCli, startSupervisorMode } from './support/supervisor';

const root = resolve(import.meta.dirname, '../..');
const BACKUP_PASSPHRASE = 'juniper smoke over Almaty';
const SECOND_ADMIN = 'Dana Second';
const SECOND_PASSPHRASE = 'a lamp in the second office';

test('a key backup made in one supervisor folder starts a second one that reads the first one’s precincts', async ({
  page,
  dataDir,
  hostKind,
  saveFileAs,
}) => {
  // Skipped under Electron only: the second supervisor folder runs in a second Chromium host
  // beside the fixture's app, which an Electron run does not start.
  test.skip(hostKind !== 'chromium', 'the second app is started as a Chromium host');
  const work = mkdtempSync(join(tmpdir(), 'precinct-desk-keys-'));
  const second = mkdtempSync(join(tmpdir(), 'precinct-desk-second-'));
  const laptop = makeTestCore('2027-03-19T04:30:00Z');
  let host: Awaited<ReturnType<typeof launchChromiumHost>> | null = null;
  try {
    const fingerprint = await startSupervisorMode(page);
    const { packagePath, code } = packageByCli(dataDir, work, 6);

    // A precinct laptop loads the package and sends a file.
    const handle = await readHandle(laptop, packagePath);
    const preview = await laptop.must('previewPackage', { handle, handoverCode: code });
    await laptop.must('loadPackage', {
      handle,
      handoverCode: code,
      centralFingerprint: preview.centralFingerprint,
    });
    const chair = preview.contents?.members.find((m) => m.role === 'chair')?.memberId ?? '';
    await laptop.must('setPackageChairPin', {
      memberId: chair,
      pin: '481516',
      clockConfirmed: true,
    });
    await laptop.must('login', { memberId: chair, pin: '481516' });
    const syncPath = join(work, 'precinct-412.pdsync');
    await laptop.must('exportSyncFile', {
      handle: await writeHandle(laptop, syncPath, 'pdsync'),
      full: false,
    });

    // The first folder's key backup, typed at the keyboard.
    await openSection(page, 'Key backup');
    await expectNoAxeViolations(page, 'key backup');
    await page.getByLabel('Backup passphrase', { exact: true }).focus();
    await page.keyboard.type(BACKUP_PASSPHRASE);
    await expect(page.getByText(/25 characters typed \(at least 12 needed\)/)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Backup passphrase again')).toBeFocused();
    await page.keyboard.type(BACKUP_PASSPHRASE);
    const backup = join(work, 'central-keys.pdkeys');
    await saveFileAs(backup, () => page.keyboard.press('Enter'));
    await expect(page.getByText('The key backup is saved.')).toBeVisible();
    await expect(page.getByTestId('key-backup-made')).toContainText(backup);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    // The second folder: supervisor mode, restored from the backup.
    host = await launchChromiumHost({
      dataDir: second,
      clock: systemClock,
      rendererDir: join(root, 'out/renderer'),
      headless: true,
    });
    const other = host.page;
    await chooseEnglish(other);
    await other.getByRole('button', { name: 'Supervisor mode (central commission)' }).click();
    await other.getByRole('button', { name: 'Restore from a key backup' }).click();
    await expect(
      other.getByRole('heading', { level: 1, name: 'Restore from a key backup' }),
    ).toBeFocused();
    await expectNoAxeViolations(other, 'restore from a key backup');
    await other.getByRole('button', { name: /Choose the key backup/ }).click();
    const picker = await folderListed(other);
    await picker.getByLabel('File path').fill(backup);
    await picker.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(picker).toBeHidden();
    await other.getByLabel('Passphrase of the key backup').fill('not the passphrase at all');
    await other.getByLabel('Account name').fill(SECOND_ADMIN);
    await other.getByLabel('Passphrase', { exact: true }).fill(SECOND_PASSPHRASE);
    await other.getByLabel('Passphrase again').fill(SECOND_PASSPHRASE);
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(other.getByRole('alert')).toHaveText(
      'That passphrase does not open this key backup.',
    );
    await other.getByLabel('Passphrase of the key backup').fill(BACKUP_PASSPHRASE);
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
    await expect(other.getByTestId('central-fingerprint')).toHaveText(fingerprint);

    // It reads the first folder's precinct's file.
    await other.getByRole('button', { name: 'Choose files…' }).click();
    const files = await folderListed(other);
    await files.getByLabel('File path').fill(syncPath);
    await files.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(
      other.getByTestId('import-results').getByRole('row', { name: /precinct-412\.pdsync/ }),
    ).toContainText('Accepted');
  } finally {
    await host?.close();
    laptop.dispose();
    rmSync(work, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});
