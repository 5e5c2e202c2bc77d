import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, folderListed, test } from './fixtures';
import { CHAIR, CHAIR_PIN, chooseEnglish, completeSetup, logIn } from './support/flows';
import { dateField, fillDate } from './support/date-fields';

/** PDFs in the folders a save dialog starts in (home, Documents) and the data folder. */
function pdfsNearby(dataDir: string): string[] {
  return [homedir(), join(homedir(), 'Documents'), dataDir]
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.toLowerCase().endsWith('.pdf'))
        .map((name) => join(folder, name)),
    );
}

test('first-run setup gives the chair a recovery code, printed with no file written', async ({
  page,
  dataDir,
  capturePrints,
}) => {
  const before = pdfsNearby(dataDir);
  const code = await completeSetup(page);
  expect(code).toMatch(/^[A-Z2-9]{4}-/);
  const printed = await capturePrints();
  // With print media the page shows only the sheet; the screen shows it never.
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: 'Print the code' }).click();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('status').filter({ hasText: 'sent to printing' })).toBeVisible();
  const sheets = await printed();
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toContain(code);
  expect(sheets[0]).toContain('School No. 12');
  // The sheet leaves the page once printed, and no PDF of it rests anywhere.
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  expect(pdfsNearby(dataDir)).toEqual(before);
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, CHAIR, CHAIR_PIN);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('a PDF of the recovery code is saved only when the chair insists, with a warning to delete it', async ({
  page,
  dataDir,
  saveFileAs,
}) => {
  const before = pdfsNearby(dataDir);
  await completeSetup(page);
  await page.getByRole('button', { name: 'Save as a PDF instead…' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Save the recovery code in a file?' });
  await expect(warning).toHaveAccessibleDescription(/can reset the chair’s PIN/);
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  expect(pdfsNearby(dataDir)).toEqual(before);
  await saveFileAs(`${dataDir}/recovery-code.pdf`, async () => {
    await page.getByRole('button', { name: 'Save as a PDF instead…' }).click();
    await warning.getByRole('button', { name: 'Save the PDF anyway' }).click();
  });
  await expect(
    page.getByRole('status').filter({ hasText: /recovery-code\.pdf\. Delete this file/ }),
  ).toBeVisible();
  expect(readFileSync(`${dataDir}/recovery-code.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
});

test('an unknown time zone is refused with the reason at its field, and nothing is written', async ({
  page,
}) => {
  await chooseEnglish(page);
  await page
    .getByLabel('Name of the election or referendum')
    .fill('Referendum on the Constitution');
  await fillDate(dateField(page.locator('body'), 'Voting day'), '2027-03-19');
  await page.getByLabel('Precinct number').fill('7');
  for (const label of ['Precinct name', 'Region', 'District'])
    await page.getByLabel(label).fill('X');
  await page.getByLabel('Address', { exact: true }).fill('Berlin, Embassy');
  await page
    .getByLabel('Time zone', { exact: true })
    .selectOption({ label: 'Other (mission abroad)' });
  await page.getByLabel('Other zone (IANA name)').fill('Mars/Olympus_Mons');
  await page.getByLabel('The date, time and zone shown are correct').check();
  await page.getByRole('group', { name: 'Member 1' }).getByLabel('Full name').fill(CHAIR);
  await page.getByLabel('Chair PIN', { exact: true }).fill(CHAIR_PIN);
  await page.getByLabel('Repeat PIN').fill(CHAIR_PIN);
  await page.getByRole('button', { name: 'Complete setup' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Each one is marked at its field');
  const zone = page.getByLabel('Other zone (IANA name)');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(zone).toHaveAccessibleDescription(/This time zone is not known/);
  // Nothing was written: a fresh start shows setup again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Учаскені баптау|Set up this precinct/,
  );
});

test('the in-app path picker asks before replacing a file', async ({ page, dataDir, hostKind }) => {
  // Skipped under Electron only: there the native save dialog asks about replacing, not the app.
  test.skip(hostKind === 'electron', 'Native save dialogs ask about replacing files themselves.');
  await completeSetup(page);
  const path = `${dataDir}/code.pdf`;
  writeFileSync(path, 'an older document');
  await page.getByRole('button', { name: 'Save as a PDF instead…' }).click();
  await page.getByRole('button', { name: 'Save the PDF anyway' }).click();
  const picker = await folderListed(page);
  await picker.getByLabel('File path').fill(path);
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the existing file code.pdf?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(readFileSync(path, 'utf8')).toBe('an older document');
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});
