import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '@shared/result';
import { fileWriteFailure } from './media-failure';

/** The file system calls of a durable write. */
export interface DurableFileSystem {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const NODE_FILE_SYSTEM: DurableFileSystem = { open, rename, rm };
let fs: DurableFileSystem = NODE_FILE_SYSTEM;

/**
 * Replaces the calls durable writes make (null restores Node's): the seam where tests make a
 * write fail as a full disk, a read-only stick or a failing device would.
 */
export function useDurableFileSystem(replacement: Partial<DurableFileSystem> | null): void {
  fs = { ...NODE_FILE_SYSTEM, ...replacement };
}

/** One piece of a file written in parts; text is written as UTF-8. */
export type FileChunk = Uint8Array | string;

/**
 * What a durable write puts in the file: all of it at once, or its chunks in order, so a large
 * file (a report read page by page from the database) never has to be held whole in memory.
 */
export type FileContent = FileChunk | Iterable<FileChunk> | AsyncIterable<FileChunk>;

/**
 * The one way the app writes a file a member or another laptop will read. A crash, a full disk
 * or a pulled USB stick leaves the old file or the whole new one: the content goes to a
 * temporary file in the same folder (opened exclusively, so nothing else is ever overwritten),
 * flushed to the device, renamed over the target, and the folder flushed so the rename itself
 * is durable.
 *
 * A failure removes the temporary file and throws `disk_full`, `read_only_medium` or `io_error`
 * (media-failure.ts) naming the path; a DomainError thrown by the chunks' source (a report that
 * does not exist) passes through as it is.
 */
export async function writeDurably(
  path: string,
  content: FileContent,
  /** The new file's permission bits on POSIX systems (0o600 for a file only its owner reads). */
  mode = 0o666,
): Promise<void> {
  const folder = dirname(path);
  // Hidden, so the in-app picker never offers a half-written file.
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (error) {
    // Best effort: on a medium that refuses every change the temporary file may stay (hidden).
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    throw fileWriteFailure(path, error);
  }
  await flushFolder(folder);
}

/**
 * Makes a rename in the folder durable. Best effort: the new file already stands whole at the
 * target, and some systems cannot open or flush a folder (Windows; FAT on USB sticks on some
 * hosts), where the file system's own journal or the unmount has to do it.
 */
async function flushFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing more can be done, and failing now would report a written file as not written.
  }
}
