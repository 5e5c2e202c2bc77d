import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '../../../shared/result';

/**
 * Writes a file so that a crash or a pulled USB stick leaves the old file or the whole new one:
 * a temporary file in the same folder, flushed to the device, renamed over the target, and the
 * folder flushed so the rename itself is durable.
 */
export async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    const dir = await open(folder, 'r');
    try {
      // Some file systems (FAT on USB sticks, on some hosts) refuse to sync a folder.
      await dir.sync().catch(() => undefined);
    } finally {
      await dir.close();
    }
  } catch (error) {
    await rm(temporary, { force: true });
    throw new DomainError('io_error', `Could not write ${path}: ${(error as Error).message}`, {
      path,
    });
  }
}
