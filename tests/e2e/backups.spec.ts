/**
 * Backups in the app: the chair names the backup stick in Settings and a backup appears, the
 * header says when, a pulled stick is a warning; and a new laptop restored at first run from a
 * backup the command line wrote, in Kazakh and Russian, then refusing a ballot the old laptop
 * issued before the backup.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { translate, type MessageKey } from '../../src/shared/i18n';
import type { Language } from '../../src/shared/roles';
import { makeTestCore, readHandle, withOwnPin } from '../support/core';
import { expect, folderListed, test, type AppFixtures, type HostKind } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { CHAIR_PIN, chooseEnglish, logIn, openSection, setUpAndLogInChair } from './support/flows';
import { makeTestPackage, PACKAGE_CHAIR, PACKAGE_MEMBER } from './support/sync';
import { openCard, VOTERS } from './support/voters';

const root = resolve(import.meta.dirname, '../..');
const MEMBER_PIN = '135790';
const backups = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.pdbackup'));

/** Answers an open dialog in the app's language: the host's own, or the in-app picker. */
async function openIn(
  page: Page,
  hostKind: HostKind,
  openFileAs: AppFixtures['openFileAs'],
  language: Language,
  openKey: MessageKey,
  path: string,
  open: () => Promise<void>,
): Promise<void> {
  if (hostKind === 'electron') return openFileAs(path, open);
  await open();
  const picker = await folderListed(page, language);
  await picker.getByLabel(translate(language, 'pathPicker.filePath')).fill(path);
  await picker.getByRole('button', { name: translate(language, openKey), exact: true }).click();
  await expect(picker).toBeHidden();
}

test.describe('the backup folder', () => {
  test('the chair names the stick, a backup appears, a pulled stick is a warning', async ({
    page,
    openFileAs,
  }) => {
    const stick = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-stick-'));
    try {
      await setUpAndLogInChair(page);
      const header = page.getByTestId('backup-indicator');
      await expect(header).toHaveText('⚠ No backup folder named');
      await openSection(page, 'Settings');
      const panel = page.getByRole('region', { name: 'Backups' });
      await expect(panel.getByTestId('backup-folder')).toHaveText('No backup folder is named yet.');
      await expectNoAxeViolations(page, 'backups in settings, no folder');

      // Keyboard only: the button is reached and pressed without a pointer.
      await panel.getByRole('button', { name: 'Choose the backup folder' }).focus();
      await openFileAs(stick, () => page.keyboard.press('Enter'));
      await expect(panel.getByTestId('backup-folder')).toHaveText(stick);
      await expect(panel.getByTestId('backup-last')).toHaveText(
        /^Last backup: .*\d\d:\d\d, events up to No\. \d+\.$/,
      );
      expect(backups(stick)).toHaveLength(1);
      await expect(header).toHaveText(/^Last backup: \d\d:\d\d$/);
      await expect(header).toHaveAttribute('role', 'status');
      await expectNoAxeViolations(page, 'backups in settings, a backup written');

      // The stick is pulled: the next backup fails, said here and in the header, nothing blocked.
      rmSync(stick, { recursive: true, force: true });
      await panel.getByRole('button', { name: 'Back up now' }).focus();
      await page.keyboard.press('Enter');
      await expect(panel.getByTestId('backup-problem')).toContainText(
        'the backup stick or folder is not there.',
      );
      await expect(header).toContainText('Backup failed at');
      await expect(header).toContainText('the backup stick or folder is not there.');
      await expectNoAxeViolations(page, 'backups in settings, the stick pulled');
      // Other screens go on, with the warning still in view.
      await openSection(page, 'Voters');
      await expect(header).toContainText('Backup failed at');
      // In Kazakh, in the header and in settings.
      await openSection(page, 'Settings');
      await page.getByRole('button', { name: 'Қазақша' }).click();
      await expect(header).toContainText(translate('kk', 'backupUi.reason.backup_folder_missing'));
      await expect(page.getByTestId('backup-problem')).toContainText(
        translate('kk', 'backupUi.keepVoting'),
      );
      await page.screenshot({ path: test.info().outputPath('backup-kk.png'), fullPage: true });
    } finally {
      rmSync(stick, { recursive: true, force: true });
    }
  });
});

test.describe('a replacement laptop', () => {
  test.use({ clockStart: '2027-03-19T05:30:00Z' });

  test('is restored at first run from the command line’s backup and refuses an issued ballot', async ({
    page,
    hostKind,
    openFileAs,
  }) => {
    const work = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-restore-'));
    const pkg = await makeTestPackage(2);
    try {
      // Laptop A on slot 1: a member issues a ballot; the command line writes a backup.
      const laptopDir = join(work, 'laptop-a');
      const a = makeTestCore('2027-03-19T04:30:00Z', laptopDir);
      const handle = await readHandle(a, pkg.path);
      const preview = await a.must('previewPackage', { handle, handoverCode: pkg.code });
      await a.must('loadPackage', {
        handle,
        handoverCode: pkg.code,
        centralFingerprint: preview.centralFingerprint,
        slot: 1,
      });
      const members = preview.contents?.members ?? [];
      const chair = members.find((m) => m.fullName === PACKAGE_CHAIR)?.memberId ?? '';
      const member = members.find((m) => m.fullName === PACKAGE_MEMBER)?.memberId ?? '';
      await a.must('setPackageChairPin', { memberId: chair, pin: CHAIR_PIN, clockConfirmed: true });
      await withOwnPin(a, chair, member, MEMBER_PIN);
      await a.must('issueBallot', {
        iin: VOTERS.zhanbolat.iin,
        documentChecked: true,
        helperName: null,
      });
      a.core.close();
      const stick = join(work, 'stick');
      mkdirSync(stick);
      const pinFile = join(work, 'pin');
      writeFileSync(pinFile, CHAIR_PIN, { mode: 0o600 });
      const backedUp = spawnSync(
        process.execPath,
        [
          join(root, 'out/main/cli.js'),
          'backup',
          'now',
          '--data-dir',
          laptopDir,
          '--to',
          stick,
          '--member',
          PACKAGE_CHAIR,
          '--secret-file',
          pinFile,
        ],
        { encoding: 'utf8' },
      );
      expect(backedUp.stderr).toBe('');
      expect(backedUp.status).toBe(0);
      expect(backups(stick)).toHaveLength(1);

      // Laptop B's first run, in Kazakh (the laptop's first language): the choice is there.
      const kk = (key: MessageKey) => translate('kk', key);
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
      const restoreChoice = page.getByRole('button', { name: kk('backupUi.restore.choice') });
      await expect(restoreChoice).toBeVisible();
      await expect(page.getByText(kk('backupUi.restore.choiceHint'))).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('first-run-kk.png'), fullPage: true });
      await page.getByRole('button', { name: 'Русский' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      const ru = (key: MessageKey) => translate('ru', key);
      await page.getByRole('button', { name: ru('backupUi.restore.choice') }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: ru('backupUi.restore.title') }),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'restore from a backup');

      await openIn(page, hostKind, openFileAs, 'ru', 'backupUi.restore.pickOpen', stick, () =>
        page.getByRole('button', { name: ru('backupUi.restore.chooseFolder') }).click(),
      );
      const shown = page.getByTestId('restore-preview');
      await expect(shown).toContainText('Участок № 412.');
      await expect(shown).toContainText(ru('backupUi.restore.previewLoss'));
      await expect(shown).toContainText(/события старого ноутбука до № \d+/);
      await expectNoAxeViolations(page, 'restore preview');
      await openIn(page, hostKind, openFileAs, 'ru', 'backupUi.restore.pickOpen', pkg.path, () =>
        page.getByRole('button', { name: ru('backupUi.restore.choosePackage') }).click(),
      );
      await expect(page.getByTestId('restore-package-path')).toHaveText(pkg.path);
      await page.getByLabel(ru('backupUi.restore.handoverCode')).fill(pkg.code);
      await expect(page.getByLabel(ru('backupUi.restore.chair'))).toHaveValue(chair);
      const secret = page.getByLabel(ru('backupUi.restore.secret'));
      // A wrong PIN is refused in Russian, nothing changed; the right one restores.
      await secret.fill('000000');
      await secret.press('Enter');
      await expect(page.getByRole('alert')).toContainText(ru('errors.wrong_pin'));
      await page.screenshot({ path: test.info().outputPath('restore-ru.png'), fullPage: true });
      await secret.fill(CHAIR_PIN);
      await secret.press('Enter');
      const done = page.getByTestId('restore-done');
      await expect(done).toContainText('участка № 412 и занял слот 2');
      await expectNoAxeViolations(page, 'restore done');
      await page.screenshot({ path: test.info().outputPath('restored-ru.png'), fullPage: true });
      await page.getByRole('button', { name: ru('backupUi.restore.continue') }).click();

      // The restored precinct's login: the member logs in and is refused the old laptop's ballot.
      await chooseEnglish(page);
      await logIn(page, PACKAGE_MEMBER, MEMBER_PIN);
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      await expect(page.getByTestId('backup-indicator')).toHaveText('⚠ No backup folder named');
      const card = await openCard(page, VOTERS.zhanbolat.iin, VOTERS.zhanbolat);
      const issue = card.getByRole('button', { name: 'Issue ballot' });
      await expect(issue).toHaveAttribute('aria-disabled', 'true');
      await expect(issue).toHaveAccessibleDescription(/^A ballot was already issued to this voter/);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(pkg.folder, { recursive: true, force: true });
    }
  });
});
