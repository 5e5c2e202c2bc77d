import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectoryListing } from '@shared/api';
import { refuse } from '../api/mock-precinct';
import { renderScreen } from '../api/screen-test';
import { FilePickerHost } from './FilePicker';
import { useFilePickerStore } from './file-picker-store';

const STICK = '/media/aigerim/KINGSTON';

/** The folders of a small machine: a home folder, a stick with a list on it, a typed folder. */
const FOLDERS: Record<string, Omit<DirectoryListing, 'removable'>> = {
  '/home/aigerim': { path: '/home/aigerim', parent: '/home', entries: [] },
  [STICK]: {
    path: STICK,
    parent: '/media/aigerim',
    entries: [{ name: 'list.csv', kind: 'file' }],
  },
  '/srv/lists': {
    path: '/srv/lists',
    parent: '/srv',
    entries: [{ name: 'spring.csv', kind: 'file' }],
  },
};

function listDirectory({ path }: { path?: string }) {
  const listing = FOLDERS[path ?? '/home/aigerim'];
  return listing
    ? { ...listing, removable: [{ name: 'KINGSTON', path: STICK }] }
    : refuse('path_not_found');
}

function openPicker(folders = false) {
  let answer: Promise<string | null> = Promise.resolve(null);
  act(() => {
    answer = useFilePickerStore.getState().open({
      extensions: ['csv'],
      texts: {
        title: 'voters.open.title',
        filesHeading: 'voters.open.files',
        noFiles: 'voters.open.noFiles',
        pathHint: 'voters.open.pathHint',
        open: 'voters.open.open',
        ...(folders ? { thisFolder: 'supervisor.open.thisFolder' as const } : {}),
      },
    });
  });
  return answer;
}

afterEach(() => useFilePickerStore.setState({ request: null, lastFolder: null }));

describe('the in-app file picker', () => {
  it('offers the mounted USB sticks first and opens the last folder used next time', async () => {
    const { mock } = renderScreen(<FilePickerHost />, { handlers: { listDirectory } });
    const first = openPicker();
    const dialog = await screen.findByRole('dialog');
    const sticks = await within(dialog).findByRole('region', { name: 'USB sticks' });
    // The sticks come before the folder shown and its contents.
    const order = [...dialog.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(order[0]).toBe('USB sticks');
    fireEvent.click(within(sticks).getByRole('button', { name: 'KINGSTON' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'list.csv' }));
    expect(await first).toBe(`${STICK}/list.csv`);

    void openPicker();
    await screen.findByRole('dialog');
    await waitFor(() => expect(mock.callsOf('listDirectory').at(-1)).toEqual({ path: STICK }));
    expect(await screen.findByRole('button', { name: 'list.csv' })).toBeTruthy();
  });

  it('lists a typed folder rather than answering it, and answers a typed file', async () => {
    renderScreen(<FilePickerHost />, { handlers: { listDirectory } });
    const answer = openPicker();
    const dialog = await screen.findByRole('dialog');
    const path = within(dialog).getByLabelText('File path');
    fireEvent.change(path, { target: { value: '/srv/lists' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await within(dialog).findByRole('button', { name: 'spring.csv' })).toBeTruthy();
    expect(within(dialog).getByText('Folder: /srv/lists')).toBeTruthy();
    fireEvent.change(path, { target: { value: '/srv/lists/autumn.csv' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await answer).toBe('/srv/lists/autumn.csv');
  });

  it('answers a typed folder where the dialog takes whole folders', async () => {
    renderScreen(<FilePickerHost />, { handlers: { listDirectory } });
    const answer = openPicker(true);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('File path'), {
      target: { value: '/srv/lists' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await answer).toBe('/srv/lists');
  });
});
