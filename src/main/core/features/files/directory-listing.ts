import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { DirectoryListing } from '@shared/api';
import { DomainError } from '@shared/result';

/**
 * Where Linux desktops mount removable media: `/media/<user>/<label>` (Debian, Ubuntu),
 * `/run/media/<user>/<label>` (Fedora and others, udisks2), and `/mnt/<name>` (by hand).
 * `depth` 2 is a folder per user holding the sticks; 1 is the sticks themselves.
 */
export const REMOVABLE_ROOTS: readonly { root: string; depth: 1 | 2 }[] = [
  { root: '/media', depth: 2 },
  { root: '/run/media', depth: 2 },
  { root: '/mnt', depth: 1 },
];

async function folders(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((e) => !e.name.startsWith('.') && e.isDirectory())
      .map((e) => join(path, e.name))
      .sort((a, b) => a.localeCompare(b));
  } catch {
    // A root this system does not have, or one the app may not read: nothing mounted there.
    return [];
  }
}

/** The mounted removable media under the given roots, each by its name and absolute path. */
export async function removableMedia(
  roots: readonly { root: string; depth: 1 | 2 }[] = REMOVABLE_ROOTS,
): Promise<DirectoryListing['removable']> {
  const found: DirectoryListing['removable'] = [];
  for (const { root, depth } of roots) {
    const level =
      depth === 2
        ? (await Promise.all((await folders(root)).map(folders))).flat()
        : await folders(root);
    for (const path of level) found.push({ name: basename(path), path });
  }
  return found;
}

/**
 * Lists a folder for the in-app path picker (folders first, hidden entries left out), with the
 * removable media mounted now.
 */
export async function listDirectory(
  path: string | undefined,
  roots: readonly { root: string; depth: 1 | 2 }[] = REMOVABLE_ROOTS,
): Promise<DirectoryListing> {
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
  return {
    path: folder,
    parent: parent === folder ? null : parent,
    entries: visible,
    removable: await removableMedia(roots),
  };
}
