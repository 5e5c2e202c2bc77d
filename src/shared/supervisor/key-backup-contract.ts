/**
 * The central key backup (spread into `contract` in ../api.ts): the administrator writes the
 * central keys and the package registry to one file sealed under a passphrase of its own, and
 * a new supervisor folder is made from such a file (docs/key-backup.md).
 */
import { z } from 'zod';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';
import { fileHandleSchema } from '../files/files-contract';
import type { SupervisorState } from './supervisor-contract';

/** A passphrase, as typed (its rules are checked in the core: 12+ characters for a new one). */
const passphrase = z.string().min(1).max(1024);

export interface KeyBackupMade {
  path: string;
  bytes: number;
  sha256: string;
  /** The precincts whose keys and registry it holds. */
  precincts: number;
  /** The central signing key's fingerprint (SHA-256, hex). */
  fingerprint: string;
}

export const keyBackupOperations = {
  /**
   * Writes the key backup (the administrator only): `outHandle` a `.pdkeys` chosen with
   * chooseSaveFile or bindSaveFile; `passphrase` the backup's own, 12+ characters.
   */
  makeKeyBackup: op<KeyBackupMade>()(
    z.object({ outHandle: fileHandleSchema, passphrase }).strict(),
  ),
  /**
   * First run of a supervisor folder: makes its store from a key backup (`inHandle` a
   * `.pdkeys` chosen with showOpenDialog or bindOpenFile, opened with `backupPassphrase`) and
   * its administrator (`account`, `passphrase` of 12+ characters), and opens it.
   */
  restoreKeyBackup: op<SupervisorState>()(
    z
      .object({
        inHandle: fileHandleSchema,
        backupPassphrase: passphrase,
        account: z.string().trim().min(1).max(TEXT_LIMITS.name),
        passphrase,
      })
      .strict(),
  ),
};
