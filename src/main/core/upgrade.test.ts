import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoreKey } from './kernel/db/store-key';
import { readDoorKey } from '../../../tests/support/at-rest';
import { DomainError } from '@shared/result';
import { startupFailureText } from './boundary/startup-failure';
import { openStore, SCHEMA_VERSION, STORE_MIGRATIONS } from './feature-list';
import { openCentralDatabase } from './features/supervisor/supervisor-db';
import { databasePath } from './kernel/db/database';
import { migrate } from './kernel/db/migrations';
import { backupPath } from './kernel/db/upgrade';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-upgrade-'));
  folders.push(dir);
  return dir;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A data folder whose database stopped at schema `version`, with a preference in it. */
function folderAtVersion(version: number): string {
  const dir = folder();
  const db = new Database(databasePath(dir));
  db.pragma('journal_mode = WAL');
  migrate(
    db,
    STORE_MIGRATIONS.filter((part) => part.version <= version),
  );
  db.prepare("INSERT INTO local_prefs (key, value) VALUES ('device.language', 'ru')").run();
  db.close();
  return dir;
}

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('it was not refused');
}

describe('a database from an older version', () => {
  it('is copied aside whole before it is migrated', () => {
    const old = SCHEMA_VERSION - 1;
    const dir = folderAtVersion(old);
    const db = openStore(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    const copy = backupPath(databasePath(dir), old);
    expect(copy).toBe(join(dir, `precinct.db.v${old}.bak`));
    // Encrypted with the store's own key, as the store is (kernel/at-rest).
    const kept = new Database(copy, { readonly: true });
    applyStoreKey(kept, readDoorKey(dir));
    expect(kept.pragma('user_version', { simple: true })).toBe(old);
    expect(kept.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(kept.prepare('SELECT value FROM local_prefs').all()).toEqual([{ value: 'ru' }]);
    kept.close();
    // Nothing half-made beside it, and no second copy once the database is up to date.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    openStore(dir).close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([`precinct.db.v${old}.bak`]);
  });

  it('is not copied when new (nothing to keep) or already current', () => {
    const dir = folder();
    openStore(dir).close();
    openStore(dir).close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('a database from a newer version', () => {
  it('is refused with database_newer and left exactly as it was', () => {
    const dir = folderAtVersion(SCHEMA_VERSION);
    const raw = new Database(databasePath(dir));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = sha256(databasePath(dir));
    const error = refusal(() => openStore(dir));
    expect(error.code).toBe('database_newer');
    expect(error.details).toEqual({ found: SCHEMA_VERSION + 1, known: SCHEMA_VERSION });
    expect(sha256(databasePath(dir))).toBe(before);
    expect(existsSync(backupPath(databasePath(dir), SCHEMA_VERSION + 1))).toBe(false);
    expect(existsSync(backupPath(databasePath(dir), SCHEMA_VERSION))).toBe(false);
  });

  it('is said before any screen, in the language the laptop chose, else the system’s', () => {
    const dir = folderAtVersion(SCHEMA_VERSION);
    const raw = new Database(databasePath(dir));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const error = refusal(() => openStore(dir));
    // The laptop chose Russian (its preference in the database).
    expect(startupFailureText(error, dir, 'en-US')).toBe(
      `Папка данных записана более новой версией Precinct Desk (версия данных ${SCHEMA_VERSION + 1}; эта знает ${SCHEMA_VERSION}). Она оставлена без изменений: установите более новую версию, чтобы её открыть.`,
    );
    // A folder without that preference: the system's language, else Kazakh.
    const elsewhere = folder();
    expect(startupFailureText(error, elsewhere, 'en-GB')).toMatch(
      /^The data folder was written by a newer version/,
    );
    expect(startupFailureText(error, elsewhere, 'de-DE')).toMatch(
      /^Деректер қалтасын Precinct Desk-тің жаңарақ нұсқасы/,
    );
    expect(startupFailureText(new Error('boom'), elsewhere, 'en')).toBe(
      'Something went wrong. Nothing was changed.',
    );
  });

  it('is refused for a central store too', () => {
    const dir = folder();
    const central = join(dir, 'central');
    openCentralDatabase(central, true)?.close();
    const raw = new Database(join(central, 'central.db'));
    const version = raw.pragma('user_version', { simple: true }) as number;
    raw.pragma(`user_version = ${version + 1}`);
    raw.close();
    expect(refusal(() => openCentralDatabase(central)).code).toBe('database_newer');
  });
});
