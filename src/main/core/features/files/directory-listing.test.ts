import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDirectory, removableMedia } from './directory-listing';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'precinct-desk-media-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in for /media, /run/media and /mnt with sticks mounted the way desktops do. */
function mountSticks() {
  const media = join(root, 'media');
  const runMedia = join(root, 'run-media');
  const mnt = join(root, 'mnt');
  mkdirSync(join(media, 'aigerim', 'KINGSTON'), { recursive: true });
  mkdirSync(join(media, 'aigerim', 'ELECTION 2027'), { recursive: true });
  mkdirSync(join(media, 'aigerim', '.hidden'), { recursive: true });
  mkdirSync(join(runMedia, 'erlan', 'SANDISK'), { recursive: true });
  mkdirSync(join(mnt, 'usb'), { recursive: true });
  writeFileSync(join(mnt, 'not-a-mount.txt'), 'x');
  return [
    { root: media, depth: 2 as const },
    { root: runMedia, depth: 2 as const },
    { root: mnt, depth: 1 as const },
    { root: join(root, 'absent'), depth: 2 as const },
  ];
}

describe('removable media in the in-app picker', () => {
  it('finds the sticks mounted per user and under /mnt, hidden folders and files left out', async () => {
    const roots = mountSticks();
    expect(await removableMedia(roots)).toEqual([
      { name: 'ELECTION 2027', path: join(root, 'media', 'aigerim', 'ELECTION 2027') },
      { name: 'KINGSTON', path: join(root, 'media', 'aigerim', 'KINGSTON') },
      { name: 'SANDISK', path: join(root, 'run-media', 'erlan', 'SANDISK') },
      { name: 'usb', path: join(root, 'mnt', 'usb') },
    ]);
  });

  it('answers every listing with the sticks, and none where nothing is mounted', async () => {
    const roots = mountSticks();
    const folder = join(root, 'work');
    mkdirSync(folder);
    writeFileSync(join(folder, 'list.csv'), 'x');
    const listing = await listDirectory(folder, roots);
    expect(listing.entries).toEqual([{ name: 'list.csv', kind: 'file' }]);
    expect(listing.removable.map((stick) => stick.name)).toEqual([
      'ELECTION 2027',
      'KINGSTON',
      'SANDISK',
      'usb',
    ]);
    expect(
      (await listDirectory(folder, [{ root: join(root, 'absent'), depth: 1 }])).removable,
    ).toEqual([]);
  });

  it('lists a typed folder and refuses a file or a relative path', async () => {
    const folder = join(root, 'typed');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    writeFileSync(join(folder, 'a.pdsync'), 'x');
    expect((await listDirectory(`${folder}/inside/..`, [])).path).toBe(folder);
    await expect(listDirectory(join(folder, 'a.pdsync'), [])).rejects.toMatchObject({
      code: 'path_not_found',
    });
    await expect(listDirectory('typed', [])).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
