/**
 * Supervisor mode beyond the first import: files dropped on the import area (the Chromium
 * host reads them in the page and the core keeps them in the data folder), a gap held until
 * it is filled, the dashboard of two regions with its filter, the turnout saved as CSV, and
 * the screens in Kazakh and Russian.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
  ballotEvents,
  enrolDevice,
  openSection,
  packageByCli,
  startSupervisorMode,
  writeSyncFile,
} from './support/supervisor';

let work = '';
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'precinct-desk-supervisor-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Drops files on the import area as a file manager would, with their bytes. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({
    name: path.split('/').pop() ?? path,
    base64: readFileSync(path).toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((dropped) => {
    // Runs in the page; the suite's own types know no DOM.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add: (file: unknown) => void } };
      File: new (parts: Uint8Array[], name: string) => unknown;
      atob: (text: string) => string;
    };
    const transfer = new dom.DataTransfer();
    for (const { name, base64 } of dropped) {
      const bytes = Uint8Array.from(dom.atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new dom.File([bytes], name));
    }
    return transfer;
  }, files);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

const row = (page: Page, name: string) =>
  page.getByTestId('import-results').getByRole('row', { name: new RegExp(name) });

test('dropped files are imported, a gap is held until filled; two regions, the filter, the turnout as CSV', async ({
  page,
  dataDir,
  saveFileAs,
}) => {
  await startSupervisorMode(page);
  const almaty = packageByCli(dataDir, work, 6);
  const abai = packageByCli(dataDir, work, 6, { id: 'abai-415', number: 415, region: 'Abai' });
  const first = await enrolDevice(almaty.packagePath, almaty.code);
  const second = await enrolDevice(abai.packagePath, abai.code);
  const times = ['09:10', '10:20', '10:40', '12:00'];
  const firstEvents = ballotEvents(
    first,
    times.map((time, i) => ({ iin: almaty.voters[i]?.iin ?? '', time })),
  );
  const files = {
    head: join(work, 'almaty-1-2.sync'),
    tail: join(work, 'almaty-3-4.sync'),
    abai: join(work, 'abai-1-2.sync'),
  };
  writeSyncFile(files.head, first, firstEvents.slice(0, 2));
  writeSyncFile(files.tail, first, firstEvents.slice(2));
  writeSyncFile(
    files.abai,
    second,
    ballotEvents(second, [
      { iin: abai.voters[0]?.iin ?? '', time: '09:30' },
      { iin: abai.voters[1]?.iin ?? '', time: '09:45' },
    ]),
  );

  // The tail first: held, waiting for seq 1–2 of its laptop.
  await dropFiles(page, [files.tail, files.abai]);
  await expect(row(page, 'almaty-3-4.sync')).toContainText('Held');
  await expect(row(page, 'almaty-3-4.sync')).toContainText('waiting for seq 1–2');
  await expect(row(page, 'abai-1-2.sync')).toContainText('Accepted');
  await expect(page.getByText(/; 1 file held for a gap\./)).toBeVisible();
  // The head fills the gap, and the held file applies.
  await dropFiles(page, [files.head]);
  await expect(row(page, 'almaty-1-2.sync')).toContainText('Accepted');
  await expect(page.getByText(/; 0 files held for a gap\./)).toBeVisible();

  await openSection(page, 'Dashboard');
  await expect(page.getByTestId('key-figures')).toContainText('Reporting2');
  const regions = page.getByTestId('turnout-regions');
  await expect(regions.getByRole('row', { name: /Almaty/ })).toContainText('4');
  await expect(regions.getByRole('row', { name: /Abai/ })).toContainText('2');
  await page.getByLabel('Region').selectOption('Abai');
  const precincts = page.getByTestId('precincts-table');
  await expect(precincts.getByRole('row')).toHaveCount(2);
  await expect(precincts).toContainText('School No. 15');
  await expect(page.getByTestId('turnout-regions').getByRole('row')).toHaveCount(2);
  await page.getByLabel('Region').selectOption({ label: 'All regions' });
  await expect(precincts.getByRole('row')).toHaveCount(3);

  const csv = join(work, 'turnout.csv');
  await saveFileAs(csv, () => page.getByRole('button', { name: 'Save turnout as CSV' }).click());
  await expect(page.getByText(`Saved: ${csv}`)).toBeVisible();
  const text = readFileSync(csv, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('almaty-412;412;Almaty;12;1;4');
  expect(text).toContain('abai-415;415;Abai;9;2;2');

  // The same screens in Kazakh and Russian: translated, and still clean.
  for (const [language, heading] of [
    ['Қазақша', 'Жиынтық'],
    ['Русский', 'Сводка'],
  ] as const) {
    await page.getByRole('button', { name: language }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, `supervisor: dashboard in ${language}`);
    // The key columns (number to turnout) are in view without scrolling the table sideways.
    const scroller = page.locator('.table-scroll', { has: precincts });
    const view = await scroller.boundingBox();
    const turnoutHead = await precincts.locator('thead th').nth(6).boundingBox();
    expect(view && turnoutHead && turnoutHead.x + turnoutHead.width <= view.x + view.width).toBe(
      true,
    );
    await page.screenshot({
      path: test.info().outputPath(`supervisor-dashboard-${language}.png`),
      fullPage: true,
    });
  }
});
