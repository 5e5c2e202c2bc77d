import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPrintFont } from './print-font';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  headlessHost,
  makeTestCore,
  setUpPrecinct,
  TEST_PDF_BYTES,
  type TestCore,
} from '../../../../../tests/support/core';

let t: TestCore;
let folder: string;
afterEach(() => {
  t?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('files', () => {
  it('prints a document straight to the host printer and writes no file', async () => {
    const printed: string[] = [];
    let answer = true;
    t = makeTestCore('2027-03-01T05:00:00Z', undefined, undefined, {
      ...headlessHost,
      info: { kind: 'electron', nativeDialogs: true },
      printDocument: (html) => {
        printed.push(html);
        return Promise.resolve(answer);
      },
    });
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    expect(await t.call('printDocument', { html: '<p>code</p>' })).toMatchObject({
      error: { code: 'not_logged_in' },
    });
    const before = readdirSync(t.dataDir).sort();
    await setUpPrecinct(t);
    const after = readdirSync(t.dataDir).sort();
    expect(await t.must('printDocument', { html: '<p>code</p>' })).toEqual({ printed: true });
    answer = false;
    expect(await t.must('printDocument', { html: '<p>code</p>' })).toEqual({ printed: false });
    // The document reaches the printer with the bundled font's rule put first.
    expect(printed).toEqual([withPrintFont('<p>code</p>'), withPrintFont('<p>code</p>')]);
    expect(printed[0]).toMatch(
      /^<style>@font-face \{ font-family: "Precinct Desk Sans";.*<p>code<\/p>$/s,
    );
    // Printing added nothing to the data folder beyond what setup wrote.
    expect(readdirSync(t.dataDir).sort()).toEqual(after);
    expect(after.filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect(before.filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect(await t.call('printDocument', { html: '' })).toMatchObject({
      error: { code: 'invalid_input' },
    });
  });

  it('refuses to print where the browser prints the page itself', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    await setUpPrecinct(t);
    expect(await t.call('printDocument', { html: '<p>code</p>' })).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('needs a logged-in member, or the short grant after setup for the recovery code', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    const target = join(folder, 'code.pdf');
    expect(
      await t.call('bindSaveFile', { path: target, filters: [PDF], replace: false }),
    ).toMatchObject({ error: { code: 'not_logged_in' } });
    // Before setup a package file may be chosen (folders listed), nothing written.
    expect(await t.must('listDirectory', { path: folder })).toMatchObject({ entries: [] });
    await setUpPrecinct(t);
    const handle = await bind(join(folder, 'code'), PDF);
    expect(await t.must('savePdf', { html: '<p>x</p>', handle })).toEqual({
      path: target,
      bytes: TEST_PDF_BYTES.byteLength,
    });
    expect(readFileSync(target)).toEqual(TEST_PDF_BYTES);
    // The grant lapses: after a quarter of an hour without login the files are closed again.
    t.clock.advance(16 * 60_000);
    expect(await t.call('listDirectory', { path: folder })).toMatchObject({
      error: { code: 'not_logged_in' },
    });
    await t.must('login', {
      memberId: (await t.must('listLoginMembers', {}))[0]!.id,
      pin: CHAIR_PIN,
    });
    expect((await t.must('listDirectory', { path: folder })).entries).toEqual([
      { name: 'code.pdf', kind: 'file' },
    ]);
  });

  it('never replaces a file unless the member confirmed it, and refuses bad paths', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    await setUpPrecinct(t);
    const target = join(folder, 'list.pdf');
    writeFileSync(target, 'precious');
    expect(
      await t.call('bindSaveFile', { path: target, filters: [PDF], replace: false }),
    ).toMatchObject({ error: { code: 'file_exists' } });
    expect(readFileSync(target, 'utf8')).toBe('precious');
    await t.must('savePdf', { html: '<p>x</p>', handle: await bind(target, PDF, true) });
    expect(readFileSync(target)).toEqual(TEST_PDF_BYTES);
    expect(
      await t.call('bindSaveFile', { path: 'relative.pdf', filters: [PDF], replace: false }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('bindSaveFile', {
        path: join(folder, 'missing', 'a.pdf'),
        filters: [PDF],
        replace: false,
      }),
    ).toMatchObject({ error: { code: 'path_not_found' } });
    expect(existsSync(join(folder, 'missing'))).toBe(false);
    expect(await t.call('listDirectory', { path: join(folder, 'nowhere') })).toMatchObject({
      error: { code: 'path_not_found' },
    });
  });

  it('writes text files as UTF-8 with a byte order mark, never replacing one unless confirmed', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    const target = join(folder, 'log.csv');
    await setUpPrecinct(t);
    const text = 'Дата;Түрі\r\n2027-03-10;Сұрау\r\n';
    expect(await t.must('saveTextFile', { text, handle: await bind(target, CSV) })).toEqual({
      path: target,
      bytes: Buffer.byteLength(text) + 3,
    });
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(text);
    expect(
      await t.call('bindSaveFile', { path: target, filters: [CSV], replace: false }),
    ).toMatchObject({ error: { code: 'file_exists' } });
    expect(readFileSync(target).subarray(3).toString('utf8')).toBe(text);
    await t.must('saveTextFile', { text: 'x', handle: await bind(target, CSV, true) });
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFx');
    // A typed name without the ending gets it; a file of another kind gets it added too.
    expect(
      (
        await t.must('bindSaveFile', {
          path: join(folder, 'run.sh'),
          filters: [CSV],
          replace: false,
        })
      ).path,
    ).toBe(join(folder, 'run.sh.csv'));
  });

  it('writes only through a live handle of this session, for this use, never a raw path', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    await setUpPrecinct(t);
    const target = join(folder, 'a.pdf');
    // A path where the handle belongs is not even a handle.
    for (const handle of [target, 'relative.pdf', '', 'fh_short']) {
      expect(await t.call('savePdf', { html: '<p>x</p>', handle })).toMatchObject({
        error: { code: 'invalid_input' },
      });
      expect(await t.call('saveTextFile', { text: 'x', handle })).toMatchObject({
        error: { code: 'invalid_input' },
      });
    }
    expect(
      await t.call('savePdf', { html: '<p>x</p>', path: target, overwrite: true }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    const invalid = { error: { code: 'file_handle_invalid' } };
    // Unknown.
    expect(
      await t.call('savePdf', { html: '<p>x</p>', handle: `fh_${'A'.repeat(32)}` }),
    ).toMatchObject(invalid);
    // For another kind of file: a PDF's handle writes no CSV.
    expect(
      await t.call('saveTextFile', { text: 'x', handle: await bind(target, PDF) }),
    ).toMatchObject(invalid);
    // Spent: a handle writes once.
    const once = await bind(target, PDF);
    await t.must('savePdf', { html: '<p>x</p>', handle: once });
    expect(await t.call('savePdf', { html: '<p>x</p>', handle: once })).toMatchObject(invalid);
    // Expired.
    const late = await bind(join(folder, 'late.pdf'), PDF);
    t.clock.advance(11 * 60_000);
    await t.must('login', {
      memberId: (await t.must('listLoginMembers', {}))[0]!.id,
      pin: CHAIR_PIN,
    });
    expect(await t.call('savePdf', { html: '<p>x</p>', handle: late })).toMatchObject(invalid);
    // Another session's: chosen before a logout, used after the next login.
    const before = await bind(join(folder, 'before.pdf'), PDF);
    await t.must('logout', {});
    await t.must('login', {
      memberId: (await t.must('listLoginMembers', {}))[0]!.id,
      pin: CHAIR_PIN,
    });
    expect(await t.call('savePdf', { html: '<p>x</p>', handle: before })).toMatchObject(invalid);
    expect(existsSync(join(folder, 'late.pdf'))).toBe(false);
    expect(existsSync(join(folder, 'before.pdf'))).toBe(false);
  });

  it('answers the host save dialog with a handle, adding the ending the dialog left off', async () => {
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    const answer = join(folder, 'report');
    t = makeTestCore('2027-03-01T05:00:00Z', undefined, undefined, {
      ...headlessHost,
      info: { kind: 'electron', nativeDialogs: true },
      showSaveDialog: () => Promise.resolve(answer),
    });
    await setUpPrecinct(t);
    const chosen = await t.must('chooseSaveFile', { defaultName: 'report.csv', filters: [CSV] });
    expect(chosen.path).toBe(`${answer}.csv`);
    expect(chosen.handle).toMatch(/^fh_/);
    await t.must('saveTextFile', { text: 'x', handle: chosen.handle });
    expect(readFileSync(`${answer}.csv`, 'utf8')).toBe('\uFEFFx');
    // The in-app picker's binding is for hosts without native dialogs.
    expect(
      await t.call('bindSaveFile', { path: `${answer}.csv`, filters: [CSV], replace: true }),
    ).toMatchObject({ error: { code: 'forbidden' } });
  });
});

const PDF = { name: 'PDF', extensions: ['pdf'] };
const CSV = { name: 'CSV', extensions: ['csv'] };

/** The in-app picker's save step: a write handle for `path`. */
async function bind(
  path: string,
  filter: { name: string; extensions: string[] },
  replace = false,
): Promise<string> {
  return (await t.must('bindSaveFile', { path, filters: [filter], replace })).handle;
}
