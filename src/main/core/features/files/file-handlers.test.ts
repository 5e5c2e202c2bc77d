import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(printed).toEqual(['<p>code</p>', '<p>code</p>']);
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
      await t.call('savePdf', { html: '<p>x</p>', path: target, overwrite: false }),
    ).toMatchObject({ error: { code: 'not_logged_in' } });
    // Before setup a package file may be chosen (folders listed), nothing written.
    expect(await t.must('listDirectory', { path: folder })).toMatchObject({ entries: [] });
    await setUpPrecinct(t);
    expect(await t.must('savePdf', { html: '<p>x</p>', path: target, overwrite: false })).toEqual({
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

  it('never replaces a file unless told to, and refuses bad paths', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    await setUpPrecinct(t);
    const target = join(folder, 'list.pdf');
    writeFileSync(target, 'precious');
    expect(
      await t.call('savePdf', { html: '<p>x</p>', path: target, overwrite: false }),
    ).toMatchObject({ error: { code: 'file_exists' } });
    expect(readFileSync(target, 'utf8')).toBe('precious');
    await t.must('savePdf', { html: '<p>x</p>', path: target, overwrite: true });
    expect(readFileSync(target)).toEqual(TEST_PDF_BYTES);
    expect(
      await t.call('savePdf', { html: '<p>x</p>', path: 'relative.pdf', overwrite: false }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('savePdf', { html: '<p>x</p>', path: join(folder, 'a.txt'), overwrite: false }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('savePdf', {
        html: '<p>x</p>',
        path: join(folder, 'missing', 'a.pdf'),
        overwrite: false,
      }),
    ).toMatchObject({ error: { code: 'path_not_found' } });
    expect(existsSync(join(folder, 'missing'))).toBe(false);
    expect(await t.call('listDirectory', { path: join(folder, 'nowhere') })).toMatchObject({
      error: { code: 'path_not_found' },
    });
  });

  it('writes text files as UTF-8 with a byte order mark, never replacing one unless told to', async () => {
    t = makeTestCore();
    folder = mkdtempSync(join(tmpdir(), 'precinct-desk-files-'));
    const target = join(folder, 'log.csv');
    expect(
      await t.call('saveTextFile', { text: 'a;b', path: target, overwrite: false }),
    ).toMatchObject({ error: { code: 'not_logged_in' } });
    await setUpPrecinct(t);
    const text = 'Дата;Түрі\r\n2027-03-10;Сұрау\r\n';
    expect(await t.must('saveTextFile', { text, path: target, overwrite: false })).toEqual({
      path: target,
      bytes: Buffer.byteLength(text) + 3,
    });
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(text);
    expect(
      await t.call('saveTextFile', { text: 'x', path: target, overwrite: false }),
    ).toMatchObject({ error: { code: 'file_exists' } });
    expect(readFileSync(target).subarray(3).toString('utf8')).toBe(text);
    await t.must('saveTextFile', { text: 'x', path: target, overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFx');
    for (const path of ['relative.csv', join(folder, 'run.sh'), join(folder, 'a.pdf')]) {
      expect(await t.call('saveTextFile', { text: 'x', path, overwrite: false })).toMatchObject({
        error: { code: 'invalid_input' },
      });
    }
    expect(
      await t.call('saveTextFile', {
        text: 'x',
        path: join(folder, 'missing', 'a.csv'),
        overwrite: false,
      }),
    ).toMatchObject({ error: { code: 'path_not_found' } });
  });
});
