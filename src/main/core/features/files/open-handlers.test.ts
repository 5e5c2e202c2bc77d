import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostServices } from '../../boundary/host-services';
import {
  CHAIR_PIN,
  headlessHost,
  makeTestCore,
  readHandle,
  setUpPrecinct,
  type TestCore,
} from '../../../../../tests/support/core';
import { packageWorld } from '../../../../../tests/support/sync';

let t: TestCore | undefined;
let folder = '';
afterEach(() => {
  t?.dispose();
  t = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const PACKAGES = { name: 'Packages', extensions: ['pdpkg'] };
const invalid = { error: { code: 'invalid_input' } };
const handleInvalid = { error: { code: 'file_handle_invalid' } };

/** A folder with a package, a sync file, a list and a sub-folder, for the pickers to answer. */
function files() {
  folder = mkdtempSync(join(tmpdir(), 'precinct-desk-open-'));
  const paths = {
    pkg: join(folder, 'p.pdpkg'),
    sync: join(folder, 'a.pdsync'),
    list: join(folder, 'list.csv'),
    stick: join(folder, 'stick'),
  };
  writeFileSync(paths.pkg, 'package');
  writeFileSync(paths.sync, 'sync');
  writeFileSync(paths.list, 'list');
  mkdirSync(paths.stick);
  return paths;
}

function nativeHost(answer: () => string[] | null): HostServices {
  return {
    ...headlessHost,
    info: { kind: 'electron', nativeDialogs: true },
    showOpenDialog: () => Promise.resolve(answer()),
  };
}

describe('choosing files to read', () => {
  it('answers the host open dialog with handles of the kind it asked for, never paths to use', async () => {
    const paths = files();
    let answer: string[] | null = [paths.pkg];
    t = makeTestCore(
      '2027-03-01T05:00:00Z',
      undefined,
      undefined,
      nativeHost(() => answer),
    );
    // Before setup the package may be chosen: reading only.
    const chosen = await t.must('showOpenDialog', { filters: [PACKAGES], multiple: false });
    expect(chosen.files).toEqual([
      { handle: expect.stringMatching(/^fh_[A-Za-z0-9_-]{32}$/), path: paths.pkg, kind: 'file' },
    ]);
    expect(chosen.files[0]?.handle).not.toContain('p.pdpkg');
    // A file of another kind than the filters named is refused; so is a file for a folder.
    answer = [paths.sync];
    expect(await t.call('showOpenDialog', { filters: [PACKAGES], multiple: false })).toMatchObject(
      invalid,
    );
    answer = [paths.pkg];
    expect(
      await t.call('showOpenDialog', { filters: [], multiple: true, directories: true }),
    ).toMatchObject(invalid);
    answer = [paths.stick, folder];
    expect(
      (await t.must('showOpenDialog', { filters: [], multiple: true, directories: true })).files,
    ).toMatchObject([
      { path: paths.stick, kind: 'folder' },
      { path: folder, kind: 'folder' },
    ]);
    answer = null;
    expect(await t.call('showOpenDialog', { filters: [], multiple: true })).toMatchObject({
      error: { code: 'dialog_cancelled' },
    });
    // The in-app picker's binding is for hosts without native dialogs.
    expect(
      await t.call('bindOpenFile', { path: paths.pkg, filters: [PACKAGES], folders: false }),
    ).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('binds the in-app picker’s listed or typed path in the main process, checking it first', async () => {
    const paths = files();
    t = makeTestCore();
    const bind = (path: string, folders = false, filters = [PACKAGES]) =>
      t!.call('bindOpenFile', { path, filters, folders });
    expect(await bind(paths.pkg)).toMatchObject({
      ok: true,
      value: { path: paths.pkg, kind: 'file' },
    });
    // Tidied: the path the handle stands for has no `..` left in it.
    expect(await bind(join(paths.stick, '..', 'p.pdpkg'))).toMatchObject({
      value: { path: paths.pkg },
    });
    for (const path of ['p.pdpkg', './p.pdpkg', '../p.pdpkg', `file://${paths.pkg}`]) {
      expect(await bind(path)).toMatchObject(invalid);
    }
    expect(await bind(join(folder, 'none.pdpkg'))).toMatchObject({
      error: { code: 'path_not_found' },
    });
    expect(await bind(paths.sync)).toMatchObject(invalid);
    expect(await bind(paths.stick)).toMatchObject(invalid);
    expect(await bind(paths.stick, true, [])).toMatchObject({ value: { kind: 'folder' } });
  });

  it('reads a package through a .pdpkg handle only, the same handle for preview and load', async () => {
    const world = packageWorld(3);
    folder = world.folder;
    t = makeTestCore();
    const pkg = await world.write();
    const syncNamed = await world.write({ name: 'package.pdsync' });
    expect(
      await t.call('previewPackage', { handle: await readHandle(t, syncNamed) }),
    ).toMatchObject(handleInvalid);
    const handle = await readHandle(t, pkg);
    const preview = await t.must('previewPackage', { handle });
    const loaded = await t.must('loadPackage', {
      handle,
      handoverCode: world.code,
      centralFingerprint: preview.centralFingerprint,
    });
    expect(loaded.kind).toBe('first_run');
  });

  it('keeps a read handle to its session: after a logout it reads nothing', async () => {
    const paths = files();
    t = makeTestCore();
    await setUpPrecinct(t);
    const list = await readHandle(t, paths.list);
    await t.must('logout', {});
    await t.must('login', {
      memberId: (await t.must('listLoginMembers', {}))[0]!.id,
      pin: CHAIR_PIN,
    });
    expect(await t.call('checkVoterFile', { handle: list })).toMatchObject(handleInvalid);
    // A sync file is no voter list; a package's handle serves no peer import.
    expect(
      await t.call('checkVoterFile', { handle: await readHandle(t, paths.sync) }),
    ).toMatchObject(handleInvalid);
    expect(
      await t.call('importPeerFiles', { handles: [await readHandle(t, paths.pkg)] }),
    ).toMatchObject(handleInvalid);
    expect(
      await t.call('importPeerFiles', { handles: [await readHandle(t, paths.stick)] }),
    ).toMatchObject(handleInvalid);
    expect((await t.must('listVoterReports', {})).length).toBe(0);
  });
});
