import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/**
 * A store's folder and files are its owner's only on POSIX systems: folders 0700, files 0600,
 * set when they are made and again at every opening (a folder or file of an older version was
 * made 0755 and 0644). Windows keeps a user's profile folder private by its own access lists,
 * and Node's modes there only toggle the read-only flag, so nothing is changed there.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Makes `folder` (and any missing parents) and narrows it to its owner. */
export function privateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (posix) chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Makes `file` empty if it is missing, with its owner's mode from the first moment (before any
 * byte is written to it), or narrows an existing one. SQLite gives a database's WAL and shared
 * memory files the mode of the database file, so a store made this way keeps them private too.
 */
export function privateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  if (posix) chmodSync(file, PRIVATE_FILE_MODE);
}

/** Narrows an existing file to its owner (a copy SQLite made, such as an upgrade's backup). */
export function narrowFile(file: string): void {
  if (posix) chmodSync(file, PRIVATE_FILE_MODE);
}
