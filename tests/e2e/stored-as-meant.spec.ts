import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { openSection, setUpAndLogInChair } from './support/flows';
import { openInfoLog, startRecord } from './support/infolog';
import { VOTERS, chooseListFile, fact, openVoterArea, type ListedVoter } from './support/voters';
import { encode1251 } from '../support/list-files';

// 08:30 in Asia/Almaty (UTC+5) on voting day.
test.use({ clockStart: '2027-03-19T03:30:00Z' });

/** The list as a Russian Windows saves it: Windows-1251, the Kazakh letters turned into '?'. */
function writeLossyList(folder: string): string {
  const dotted = (date: string) => date.split('-').reverse().join('.');
  const row = (v: ListedVoter) =>
    [v.iin, v.lastName, v.firstName, v.patronymic, dotted(v.birthDate), v.address].join(';');
  const text = [
    'ИИН;Фамилия;Имя;Отчество;Дата рождения;Адрес',
    row(VOTERS.zhanbolat),
    row(VOTERS.asel),
    row(VOTERS.nurlan),
    '',
  ].join('\r\n');
  const path = join(folder, 'voters-1251.csv');
  writeFileSync(path, encode1251(text));
  return path;
}

test('a list with lost letters is blocked until the commission chooses to import it', async ({
  page,
  openFileAs,
}) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-lossy-'));
  try {
    await setUpAndLogInChair(page);
    await openSection(page, 'Voters');
    await openVoterArea(page, 'Import and check');
    await chooseListFile(page, openFileAs, writeLossyList(folder));
    const report = page.getByTestId('list-report');
    await expect(fact(report, 'Valid rows')).toHaveText('3');
    const notice = report.getByTestId('lost-letters');
    await expect(notice).toContainText('Letters may have been lost in this file');
    await expectNoAxeViolations(page, 'report with lost letters');

    // Blocked: the button says why beside it, and pressing it opens nothing.
    const importButton = report.getByRole('button', { name: 'Import 3 valid rows' });
    await expect(importButton).toHaveAttribute('aria-disabled', 'true');
    await expect(importButton).toHaveAccessibleDescription(
      'The import waits until the commission chooses to go on despite the lost letters.',
    );
    await expect(importButton).not.toHaveClass(/button-primary/);
    // (Playwright waits for an aria-disabled button to be enabled; a member may press it anyway.)
    await importButton.click({ force: true });
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    // Imported on purpose; the confirmation never says every row is valid.
    await notice.getByLabel('We checked these names and import the file as it is').check();
    await expect(importButton).not.toHaveAttribute('aria-disabled', 'true');
    await importButton.click();
    const confirm = page.getByRole('alertdialog', { name: 'Import 3 valid rows into the list?' });
    await expect(confirm).toBeVisible();
    await expect(confirm).not.toContainText('Every row is valid');
    await expect(confirm).toContainText('warnings');
    await expectNoAxeViolations(page, 'confirm an import with warnings');
    await confirm.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: /^Imported 3 voters from voters-1251\.csv\./ }),
    ).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a pasted text over its limit is kept whole, counted and refused; choices start empty', async ({
  page,
}) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  const dialog = await startRecord(page, 'Complaint or appeal');
  await expect(dialog.getByLabel('Subject')).toHaveValue('');
  await dialog.getByLabel('From whom').fill('Серик Ахметов');
  await dialog.getByLabel('Subject').selectOption({ label: 'Campaigning' });
  const summary = dialog.getByLabel('What the complaint says');
  await summary.fill('ж'.repeat(16_000));
  await expect(summary).toHaveValue('ж'.repeat(16_000));
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/Too long: 16,000 characters, at most 2,000/)).toBeVisible();
  await expectNoAxeViolations(page, 'complaint with a text over its limit');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(dialog).toBeVisible();
  await summary.fill('Agitation inside the polling station');
  await expect(summary).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: /Recorded: Complaint or appeal No\. 1\./ }),
  ).toBeVisible();
});
