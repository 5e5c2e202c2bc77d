/**
 * A precinct laptop handed back to the central commission (docs/at-rest.md, "A returned
 * laptop"): its store opened with the copy of its key the door holds for the commission
 * (`central_wrap`), which only the central encryption private key opens. The laptop's folder is
 * only ever read: its store (with its WAL) is copied into a private temporary folder and opened
 * there, so SQLite writes nothing beside the original, not even a shared-memory file. The
 * summary says what the laptop holds; its events can be exported to a sync file (the precinct's
 * own export, signed by the laptop's key) that the central store imports like any other.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '@shared/result';
import type { ReturnedLaptop } from '@shared/supervisor/returned-laptop-contract';
import { keyCheck, readDoor, type DoorFile } from '../../kernel/at-rest/door-file';
import { unwrapWithPrivateKey } from '../../kernel/at-rest/key-wrap';
import { touchPrivateFile } from '../../kernel/at-rest/private-files';
import type { Clock } from '../../kernel/clock';
import { databasePath, type Db } from '../../kernel/db/database';
import { applyStoreKey, WrongStoreKeyError } from '../../kernel/db/store-key';
import { verifyChain } from '../../kernel/events/chain-verify';
import type { ChainCheck } from '../../kernel/feature';
import { ExportService } from '../sync';
import type { ImportRun } from '@shared/supervisor/supervisor-contract';
import type { CentralKeys } from './central-keys';
import type { ImportContext } from './import-file';
import { importAll } from './import-run';

/** A returned laptop's store, opened from a private copy; `close` removes the copy. */
export interface OpenedLaptop {
  db: Db;
  door: DoorFile;
  summary: ReturnedLaptop;
  close(): void;
}

/**
 * The door of a precinct's folder holding the commission's copy of the key, read before any
 * secret is asked: `not_precinct_folder`, or `no_central_wrap`.
 */
export function checkLaptopFolder(laptopDir: string): DoorFile {
  const file = databasePath(laptopDir);
  const door = existsSync(laptopDir) ? readDoor(laptopDir) : null;
  if (!door || door.mode === 'supervisor' || !existsSync(file) || statSync(file).size === 0) {
    throw new DomainError(
      'not_precinct_folder',
      'The folder holds no precinct’s store and door file',
    );
  }
  if (!door.central_wrap) throw noCentralWrap();
  return door;
}

const noCentralWrap = () =>
  new DomainError(
    'no_central_wrap',
    'The door holds no copy of the store key for the central commission',
  );

/** The laptop's store key, from the commission's copy (see the refusals' codes). */
export function laptopKey(door: DoorFile, keys: Pick<CentralKeys, 'encryption'>): Buffer {
  const wrap = door.central_wrap;
  if (!wrap) throw noCentralWrap();
  if (wrap.to !== keys.encryption.publicKey) {
    throw new DomainError(
      'central_key_mismatch',
      'The store key was wrapped for another central commission’s key',
    );
  }
  const key = unwrapWithPrivateKey(wrap, keys.encryption.privateKeyPem);
  if (!key || keyCheck(key) !== wrap.key_check) {
    throw new DomainError('laptop_store_unreadable', 'The commission’s copy of the key is damaged');
  }
  return key;
}

/**
 * Opens a returned laptop's folder with the central keys, reading nothing but its door and
 * store files. The caller closes it.
 */
export function openReturnedLaptop(
  laptopDir: string,
  keys: Pick<CentralKeys, 'encryption'>,
  chainChecks: readonly ChainCheck[],
): OpenedLaptop {
  const door = checkLaptopFolder(laptopDir);
  const key = laptopKey(door, keys);
  const scratch = mkdtempSync(join(tmpdir(), 'precinct-desk-laptop-'));
  const remove = () => rmSync(scratch, { recursive: true, force: true });
  let db: Db | null = null;
  try {
    const original = databasePath(laptopDir);
    const copy = databasePath(scratch);
    for (const side of ['', '-wal']) {
      if (!existsSync(`${original}${side}`)) continue;
      touchPrivateFile(`${copy}${side}`);
      copyFileSync(`${original}${side}`, `${copy}${side}`);
    }
    db = new Database(copy, { fileMustExist: true });
    try {
      applyStoreKey(db, key);
    } catch (error) {
      if (error instanceof WrongStoreKeyError) {
        throw new DomainError('laptop_store_unreadable', 'The key does not open the store');
      }
      throw error;
    }
    const opened = db;
    return {
      db: opened,
      door,
      summary: summarise(opened, door, chainChecks),
      close: () => {
        opened.close();
        remove();
      },
    };
  } catch (error) {
    db?.close();
    remove();
    throw error;
  }
}

const hasTable = (db: Db, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
  undefined;

function summarise(db: Db, door: DoorFile, chainChecks: readonly ChainCheck[]): ReturnedLaptop {
  const precinctRow = db
    .prepare<[], { number: number; name: string }>(
      'SELECT precinct_number AS number, precinct_name AS name FROM precinct WHERE id = 1',
    )
    .get();
  const keys = hasTable(db, 'sync_keys')
    ? db
        .prepare<[], { election_id: string; precinct_id: string; slot: number }>(
          'SELECT election_id, precinct_id, slot FROM sync_keys WHERE id = 1',
        )
        .get()
    : undefined;
  const deviceId =
    db.prepare<[], { device_id: string }>('SELECT device_id FROM device WHERE id = 1').get()
      ?.device_id ?? null;
  const lastSeq =
    db
      .prepare<[string], { seq: number | null }>(
        'SELECT max(seq) AS seq FROM events WHERE device_id = ?',
      )
      .get(deviceId ?? '')?.seq ?? 0;
  const last = db
    .prepare<[], { exported_at: string; last_seq: number; file_name: string }>(
      'SELECT exported_at, last_seq, file_name FROM sync_exports ORDER BY last_seq DESC, exported_at DESC LIMIT 1',
    )
    .get();
  const versions = hasTable(db, 'protocol_versions')
    ? db
        .prepare<[], { version: number; signedAt: string }>(
          'SELECT version, signed_at AS signedAt FROM protocol_versions ORDER BY version',
        )
        .all()
    : [];
  return {
    precinct: precinctRow ? { precinctId: keys?.precinct_id ?? null, ...precinctRow } : null,
    electionId: keys?.election_id ?? null,
    deviceId,
    slot: keys?.slot ?? null,
    events: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()?.n ?? 0,
    lastSeq,
    chain: verifyChain(db, chainChecks),
    lastExport: last
      ? { exportedAt: last.exported_at, lastSeq: last.last_seq, fileName: last.file_name }
      : null,
    unexported: lastSeq - (last?.last_seq ?? 0),
    closed: door.mode === 'closed',
    protocolVersions: versions,
  };
}

/**
 * Writes every event of the laptop to the sync file `out` (the precinct's own export: signed
 * by the laptop's key, encrypted to the commission), from the private copy: the laptop's
 * folder is not written. Returns how many events it holds.
 */
export async function exportReturnedLaptop(
  laptop: OpenedLaptop,
  out: string,
  clock: Clock,
): Promise<number> {
  const record = await new ExportService(laptop.db, clock).export(out, true, null);
  return record.eventCount;
}

/**
 * Imports every event of a returned laptop into the central store: exported to a sync file in
 * a private temporary folder (removed after), then imported as any file the laptop brought.
 */
export async function importReturnedLaptop(
  laptopDir: string,
  ctx: ImportContext,
  chainChecks: readonly ChainCheck[],
  clock: Clock,
): Promise<ImportRun> {
  const laptop = openReturnedLaptop(laptopDir, ctx.keys, chainChecks);
  const scratch = mkdtempSync(join(tmpdir(), 'precinct-desk-returned-'));
  try {
    const out = join(scratch, `${laptop.summary.deviceId ?? 'laptop'}-returned.pdsync`);
    await exportReturnedLaptop(laptop, out, clock);
    return importAll(ctx, [out]);
  } finally {
    laptop.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
