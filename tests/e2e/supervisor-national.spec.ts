/**
 * Supervisor mode with a whole country's precincts: a store of 10,459 (made by `central init`,
 * then registered through the store's own `recordPackage`, as `package create` registers
 * each) opened in the app. The dashboard's table reads one page at a time; a precinct is found
 * by its number and by a part of its name, the region filter and the column sorts narrow and
 * order the list, and the pager walks it. In Kazakh and Russian too, axe-clean throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unlockCentralStore } from '../../src/main/core/features/supervisor/central-access';
import { readCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import {
  KZ_REGIONS,
  LARGEST,
  NATIONAL_PRECINCTS,
  nationalPrecinct,
  PLANTED,
  registerNationalPrecincts,
} from '../support/national-precincts';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { chooseEnglish } from './support/flows';
import {
  ADMIN,
  ADMIN_PASSPHRASE,
  adminArgs,
  cli,
  enterAccount,
  openSection,
} from './support/supervisor';

test.use({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-national-'));
    const secrets = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-secret-'));
    const made = cli('central', 'init', '--data-dir', dir, ...adminArgs(secrets));
    rmSync(secrets, { recursive: true, force: true });
    if (made.code !== 0) throw new Error(`central init failed: ${made.err}`);
    const started = Date.now();
    const { db } = await unlockCentralStore(dir, ADMIN, ADMIN_PASSPHRASE, Date.now());
    const keys = readCentralKeys(db);
    if (!keys) throw new Error('central init made no keys');
    registerNationalPrecincts(db, keys);
    db.close();
    // The store is made in the test's own setup: it must stay quick.
    expect(Date.now() - started).toBeLessThan(60_000);
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

test.setTimeout(240_000);

const everyone = Array.from({ length: NATIONAL_PRECINCTS }, (_, i) =>
  nationalPrecinct(i, NATIONAL_PRECINCTS),
);

const table = (page: Page) => page.getByTestId('precincts-table');
/** The numbers of the table's rows, in order (each row's header cell). */
const shownNumbers = async (page: Page) =>
  (await table(page).locator('tbody th').allTextContents()).map(Number);

test('a store of 10,459 precincts: found by number and by name, filtered by region, sorted and paged', async ({
  page,
}) => {
  await chooseEnglish(page);
  await enterAccount(page, ADMIN_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  await openSection(page, 'Dashboard');

  const found = page.getByTestId('precincts-found');
  await expect(page.getByTestId('key-figures')).toContainText('Precincts known10,459');
  await expect(found).toHaveText('10,459 precincts match; rows 1–50 shown.');
  await expect(table(page).locator('tbody tr')).toHaveCount(50);
  expect(await shownNumbers(page)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  await expect(table(page).getByRole('columnheader', { name: 'No.', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const pager = page.getByRole('navigation', { name: 'Pages of the precincts table' });
  await expect(pager).toContainText('Page 1 of 210');
  await expectNoAxeViolations(page, 'supervisor: dashboard of 10,459 precincts');

  // A number finds its precinct, listed first; it opens the precinct's own page.
  const search = page.getByLabel('Find a precinct');
  await search.fill('4127');
  await expect(found).toHaveText('1 precinct matches; rows 1–1 shown.');
  expect(await shownNumbers(page)).toEqual([4127]);
  await search.fill('412');
  await expect(found).not.toHaveText('1 precinct matches; rows 1–1 shown.');
  await expect.poll(async () => (await shownNumbers(page))[0]).toBe(412);
  await page.getByRole('button', { name: 'Open precinct No. 412', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Precinct No. 412: ${everyone[411]?.name}` }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Back to all precincts' }).click();
  // Back on the list, as it was left.
  await expect(page.getByLabel('Find a precinct')).toHaveValue('412');
  await expect.poll(async () => (await shownNumbers(page))[0]).toBe(412);

  // A part of a name, in capitals, Kazakh letters and all.
  await page.getByLabel('Find a precinct').fill('ҚАРАҒАШ');
  await expect(found).toHaveText('1 precinct matches; rows 1–1 shown.');
  await expect(table(page).locator('tbody tr')).toContainText(PLANTED.name);
  await page.getByLabel('Find a precinct').fill('');
  await expect(found).toHaveText('10,459 precincts match; rows 1–50 shown.');

  // The longest list first: the column sorted once ascending, again descending.
  const voters = table(page).getByRole('columnheader', { name: 'Voters' });
  await voters.getByRole('button').click();
  await expect(voters).toHaveAttribute('aria-sort', 'ascending');
  await voters.getByRole('button').click();
  await expect(voters).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await shownNumbers(page))[0]).toBe(LARGEST.number);

  // One region: its precincts only, still longest list first.
  const region = KZ_REGIONS[3];
  const inRegion = everyone
    .filter((p) => p.region === region)
    .sort((a, b) => b.voters - a.voters || a.number - b.number);
  await page.getByLabel('Region').selectOption(region);
  await expect(found).toHaveText(`${inRegion.length} precincts match; rows 1–50 shown.`);
  await expect(page.getByTestId('key-figures')).toContainText(`Precincts known${inRegion.length}`);
  expect(await shownNumbers(page)).toEqual(inRegion.slice(0, 50).map((p) => p.number));

  // The next page, and the count said again for it.
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(found).toHaveText(`${inRegion.length} precincts match; rows 51–100 shown.`);
  expect(await shownNumbers(page)).toEqual(inRegion.slice(50, 100).map((p) => p.number));
  await expect(pager).toContainText(`Page 2 of ${Math.ceil(inRegion.length / 50)}`);
  await expectNoAxeViolations(page, 'supervisor: a region of the national store, page 2');

  // The same screen in Kazakh and Russian: the count in words of each, and still clean.
  for (const [language, heading, count] of [
    ['Қазақша', 'Жиынтық', `${inRegion.length} учаске сәйкес келеді; 51–100 жолдар көрсетілген.`],
    ['Русский', 'Сводка', `Подходят ${inRegion.length} участков; показаны строки 51–100.`],
  ] as const) {
    await page.getByRole('button', { name: language }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(found).toHaveText(count);
    await expectNoAxeViolations(page, `supervisor: national dashboard in ${language}`);
    await page.screenshot({
      path: test.info().outputPath(`supervisor-national-${language}.png`),
      fullPage: true,
    });
  }
});
