import { afterEach, describe, expect, it } from 'vitest';
import { installMockPrecinct, refuse } from '../api/mock-precinct';
import { chooseFiles, type ChooseOptions } from './choose-files';
import { useFilePickerStore } from './file-picker-store';

const HANDLE = `fh_${'b'.repeat(32)}`;
const SYNC_FILES: ChooseOptions = {
  kind: 'files',
  extensions: ['pdsync'],
  filterName: 'Sync files',
  texts: {
    title: 'sync.peerChoose',
    filesHeading: 'sync.fileFilter',
    noFiles: 'sync.noFilesHere',
    pathHint: 'voters.open.pathHint',
    open: 'voters.open.open',
  },
};

/** Waits until the in-app picker shows a request, then answers it as the member would. */
async function answerPicker(path: string | null): Promise<void> {
  while (!useFilePickerStore.getState().request) await new Promise((r) => setTimeout(r, 0));
  useFilePickerStore.getState().finish(path);
}

afterEach(() => useFilePickerStore.setState({ request: null }));

describe('choosing files to read', () => {
  it('binds the in-app picker’s path in the core and answers only its handle', async () => {
    const mock = installMockPrecinct({
      bindOpenFile: ({ path }) => ({ handle: HANDLE, path, kind: 'file' as const }),
    });
    const chosen = chooseFiles(false, SYNC_FILES);
    await answerPicker('/media/stick/b-1.pdsync');
    expect(await chosen).toEqual({
      files: [{ handle: HANDLE, path: '/media/stick/b-1.pdsync', kind: 'file' }],
    });
    expect(mock.callsOf('bindOpenFile')).toEqual([
      {
        path: '/media/stick/b-1.pdsync',
        filters: [{ name: 'Sync files', extensions: ['pdsync'] }],
        folders: false,
      },
    ]);
    expect(mock.callsOf('showOpenDialog')).toEqual([]);
  });

  it('offers folders where the picker offers "this folder", and passes a refusal on', async () => {
    const mock = installMockPrecinct({ bindOpenFile: () => refuse('path_not_found') });
    const chosen = chooseFiles(false, {
      ...SYNC_FILES,
      kind: 'folder',
      texts: { ...SYNC_FILES.texts, thisFolder: 'supervisor.open.thisFolder' },
    });
    await answerPicker('/media/none');
    expect(await chosen).toMatchObject({ error: { code: 'path_not_found' } });
    expect(mock.callsOf('bindOpenFile')[0]).toMatchObject({ filters: [], folders: true });
    const cancelled = chooseFiles(false, SYNC_FILES);
    await answerPicker(null);
    expect(await cancelled).toBeNull();
    expect(mock.callsOf('bindOpenFile')).toHaveLength(1);
  });

  it('answers the host’s dialog with the handles the core issued; cancelling is no error', async () => {
    let cancel = false;
    const mock = installMockPrecinct({
      showOpenDialog: () =>
        cancel
          ? refuse('dialog_cancelled')
          : { files: [{ handle: HANDLE, path: '/media/stick', kind: 'folder' as const }] },
    });
    const folder = await chooseFiles(true, { ...SYNC_FILES, kind: 'folder' });
    expect(folder).toEqual({ files: [{ handle: HANDLE, path: '/media/stick', kind: 'folder' }] });
    expect(mock.callsOf('showOpenDialog')).toEqual([
      { filters: [], multiple: true, directories: true },
    ]);
    cancel = true;
    expect(await chooseFiles(true, SYNC_FILES)).toBeNull();
    expect(mock.callsOf('bindOpenFile')).toEqual([]);
  });
});
