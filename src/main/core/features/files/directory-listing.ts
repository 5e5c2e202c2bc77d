import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { DirectoryListing } from '../../../../shared/api';
import { DomainError } from '../../../../shared/result';

/** Lists a folder for the in-app path picker (folders first, hidden entries left out). */
export async function listDirectory(path: string | undefined): Promise<DirectoryListing> {
  // Only ever a folder the picker listed or the member typed in full: nothing relative to
  // wherever the app happens to run.
  if (path !== undefined && !isAbsolute(path)) {
    throw new DomainError('invalid_input', 'The folder must be given by its absolute path');
  }
  const folder = resolve(path ?? homedir());
  let entries;
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    throw new DomainError('path_not_found', `No folder at ${folder}`, { path: folder });
  }
  const visible = entries
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isFile()))
    .map((e) => ({ name: e.name, kind: e.isDirectory() ? ('dir' as const) : ('file' as const) }))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, entries: visible };
}
