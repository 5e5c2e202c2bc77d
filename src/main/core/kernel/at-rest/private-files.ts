/**
 * A data folder is its owner's alone: the folder 0700 and every file in it 0600 on POSIX systems
 * (Windows keeps a user's profile folder to that user by its own access lists). Small files
 * beside the store (the door file) are written whole or not at all, and files that held data
 * in clear are overwritten before they are removed.
 */
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

const POSIX = process.platform !== 'win32';
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Makes the folder (and its parents) when needed and restricts it and its files to the owner. */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  if (!POSIX) return;
  chmodSync(dir, FOLDER_MODE);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(join(dir, entry.name), FILE_MODE);
    else if (entry.isDirectory()) chmodSync(join(dir, entry.name), FOLDER_MODE);
  }
}

/** Creates an empty file readable by the owner only, unless it exists (then restricts it). */
export function touchPrivateFile(path: string): void {
  closeSync(openSync(path, 'a', FILE_MODE));
  if (POSIX) chmodSync(path, FILE_MODE);
}

/** Flushes a folder so a rename in it is durable; best effort (see durable-file.ts). */
export function flushFolderSync(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems cannot open or flush a folder; the file stands whole anyway.
  }
}

/** Writes a small file whole (temporary file 0600, flushed, renamed over, folder flushed). */
export function writePrivateFileSync(path: string, content: Buffer | string): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', FILE_MODE);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  flushFolderSync(folder);
}

/** Flushes a file's content to the device. */
export function flushFileSync(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Overwrites a file with zeros, flushes it and removes it: a file that held data in clear
 * (a store of the previous format) leaves no copy in its old blocks on a disk that rewrites in
 * place. (A flash disk's controller may still keep old blocks; the store being encrypted from
 * then on is what protects the data.)
 */
export function shredFileSync(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    const fd = openSync(path, 'r+');
    try {
      const size = fstatSync(fd).size;
      const zeros = Buffer.alloc(Math.min(size, 1 << 20));
      for (let at = 0; at < size; at += zeros.length) {
        writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  rmSync(path, { force: true });
}
