/**
 * The central key backup and its restore into a second supervisor folder (docs/key-backup.md):
 * the app's "Key backup" screen and first-run restore, and `central backup-keys` /
 * `central restore-keys` on the command line.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { writeDurably } from '../../kernel/durable-file';
import { PRIVATE_FILE_MODE, privateFolder } from '../../kernel/private-files';
import { STORE_KEY_BYTES } from '../../kernel/db/store-key';
import type { OpenedCentral } from './central-access';
import { checkNewPassphrase, doorPath, newAccount, newDoor, writeDoor } from './central-door';
import type { CentralAccount } from './central-door';
import { openKeyBackup, sealKeyBackup } from './key-backup-file';
import {
  parseRegistry,
  registryOf,
  restoreRegistry,
  type KeyRegistry,
} from './key-backup-registry';
import { durably, openCentralDatabase } from './supervisor-db';
import { centralDatabasePath } from './supervisor-folder';
import { recordSupervisorAct, type ActingAccount } from './supervisor-log';

/**
 * Keys and their backups are the administrator's: the one check every key backup and restore
 * makes of the account that opened the store (`administrator_only` otherwise).
 */
export function requireAdministrator(account: Pick<CentralAccount, 'role'> | null): void {
  if (account?.role !== 'administrator') {
    throw new DomainError('administrator_only', 'Only an administrator handles the central keys');
  }
}

export interface KeyBackupMade {
  path: string;
  bytes: number;
  sha256: string;
  precincts: number;
  fingerprint: string;
}

/**
 * Writes the store's keys and registry to `outPath`, sealed under `passphrase` (12+ characters,
 * `passphrase_too_short`): written whole or not at all, flushed, readable by its owner only.
 */
export async function makeKeyBackup(
  db: Db,
  outPath: string,
  passphrase: string,
  now: string,
  by: ActingAccount,
): Promise<KeyBackupMade> {
  checkNewPassphrase(passphrase);
  const registry = registryOf(db);
  const bytes = await sealKeyBackup(
    JSON.stringify(registry),
    {
      createdAt: now,
      centralFingerprint: registry.central.fingerprint,
      precincts: registry.precincts.length,
    },
    passphrase,
  );
  await writeDurably(outPath, bytes, PRIVATE_FILE_MODE);
  const made = {
    path: outPath,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    precincts: registry.precincts.length,
    fingerprint: registry.central.fingerprint,
  };
  // The act is the administrator's, in the supervisor log (never the file's path or secret).
  durably(db, () =>
    recordSupervisorAct(
      db,
      by,
      {
        type: 'keys.backup_made',
        details: { sha256: made.sha256, precincts: made.precincts, fingerprint: made.fingerprint },
      },
      now,
    ),
  );
  return made;
}

/** A restore goes only into a folder without a central store or door (`central_store_exists`). */
export function requireNoCentralStore(dataDir: string): void {
  if (existsSync(centralDatabasePath(dataDir)) || existsSync(doorPath(dataDir))) {
    throw new DomainError('central_store_exists', 'This folder holds a central store already');
  }
}

/**
 * Opens a key backup with its passphrase and checks what it holds: the registry to restore,
 * or a refusal (`wrong_backup_passphrase`, `key_backup_altered`, `key_backup_truncated`, …).
 */
export async function readKeyBackup(bytes: Buffer, passphrase: string): Promise<KeyRegistry> {
  const opened = await openKeyBackup(bytes, passphrase);
  return parseRegistry(opened.body, opened.header.central_fingerprint);
}

/**
 * Restores a backup's registry (`readKeyBackup`) into a new supervisor folder: a new store
 * made with a new random key, the registry written into it in one transaction committed with
 * synchronous = FULL, and only then the door file naming the administrator written. Every
 * refusal (a weak passphrase, a folder holding a store) comes before anything is written; a
 * crash before the door leaves a store nobody can open (restore into another new folder),
 * never one without the backup's keys that an account opens.
 */
export async function restoreKeyBackup(
  dataDir: string,
  input: { registry: KeyRegistry; account: string; passphrase: string },
  now: number,
): Promise<OpenedCentral & { precincts: number }> {
  const { registry } = input;
  requireNoCentralStore(dataDir);
  checkNewPassphrase(input.passphrase);
  const at = new Date(now).toISOString();
  const key = randomBytes(STORE_KEY_BYTES);
  const account = await newAccount(input.account, 'administrator', input.passphrase, key, at);
  privateFolder(dataDir);
  const file = centralDatabasePath(dataDir);
  const db = openCentralDatabase(dataDir, true, key) as Db;
  try {
    durably(db, () => {
      restoreRegistry(db, registry, at);
      recordSupervisorAct(
        db,
        { id: account.id, name: account.name },
        {
          type: 'keys.restored',
          details: {
            fingerprint: registry.central.fingerprint,
            precincts: registry.precincts.length,
          },
        },
        at,
      );
    });
    await writeDoor(dataDir, newDoor(account));
  } catch (error) {
    // The store made here is removed again: the folder is left as it was found.
    db.close();
    key.fill(0);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    throw isConstraint(error)
      ? new DomainError('key_backup_inconsistent', 'The key backup does not hold together')
      : error;
  }
  return {
    db,
    key,
    account,
    converted: false,
    cleared: { failed_attempts: 0, lockouts: 0 },
    precincts: registry.precincts.length,
  };
}

/** A registry that breaks the store's own rules (one slot key for two slots, say). */
function isConstraint(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
