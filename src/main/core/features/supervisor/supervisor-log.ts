/**
 * The supervisor log: every supervisor act, attributed to the account that did it, in a hash
 * chain of its own in central.db (docs/central-store.md, "The supervisor log").
 *
 *   hash = SHA-256(tag ‖ prev_hash as 32 bytes ‖ canonical JSON of the entry's fields)
 *
 * with the first entry's prev_hash 64 zeros. An entry is appended by `recordSupervisorAct` in
 * the transaction of the act it records; nothing updates or deletes one.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CENTRAL_ROLES } from '@shared/supervisor/central-roles';
import type {
  SupervisorActType,
  SupervisorLogEntry,
  SupervisorLogPage,
  SupervisorLogReport,
} from '@shared/supervisor/accounts-contract';
import type { Db } from '../../kernel/db/database';
import { canonicalJson } from '../../kernel/events/canonical-json';

export const SUPERVISOR_LOG_TAG = 'precinct-desk/supervisor-act/v1\n';
const GENESIS = '0'.repeat(64);

const id = z.string().min(1).max(200);
const count = z.number().int().min(0);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const account = { account_id: z.string().uuid(), name: id };
/** What the key backup records: names, counts and digests only (never a key or a passphrase). */
const keyFacts = z.record(
  z.string().max(64),
  z.union([z.string().max(500), z.number().int(), z.boolean()]),
);

/** Each act's details, checked before it is appended (the log's schema). */
export const ACT_DETAILS = {
  'store.initialized': z.object({ fingerprint: hex64, encrypted_in_place: z.boolean() }).strict(),
  /** A login; the wrong passphrases and lockouts it cleared (counted in the door file). */
  'session.opened': z.object({ failed_attempts: count, lockouts: count }).strict(),
  'account.added': z.object({ ...account, role: z.enum(CENTRAL_ROLES) }).strict(),
  'account.passphrase_reset': z.object(account).strict(),
  'account.passphrase_changed': z.object({}).strict(),
  'account.deactivated': z.object(account).strict(),
  'account.reactivated': z.object(account).strict(),
  'account.role_changed': z
    .object({ ...account, from: z.enum(CENTRAL_ROLES), to: z.enum(CENTRAL_ROLES) })
    .strict(),
  'package.made': z
    .object({
      precinct_id: id,
      package_id: id,
      revision: count,
      voter_rows: count,
      sha256: hex64,
    })
    .strict(),
  'device.revoked': z
    .object({ device_id: id, precinct_id: id, reason: z.string().max(2000) })
    .strict(),
  'alarm.decided': z
    .object({ alarm_id: id, kind: id, decision: z.string().max(2000), void_event: z.boolean() })
    .strict(),
  'import.run': z
    .object({
      files: count,
      accepted: count,
      already_imported: count,
      held: count,
      rejected: count,
      new_events: count,
      left_out: count,
    })
    .strict(),
  'keys.backup_made': keyFacts,
  'keys.restored': keyFacts,
} satisfies Record<SupervisorActType, z.ZodType>;

/** One act to record: its type and its details as the schema above has them. */
export type SupervisorAct = {
  [K in SupervisorActType]: { type: K; details: z.input<(typeof ACT_DETAILS)[K]> };
}[SupervisorActType];

/** Who did an act: the logged-in account. */
export interface ActingAccount {
  id: string;
  name: string;
}

interface Row {
  seq: number;
  at: string;
  account_id: string;
  account_name: string;
  act: string;
  details_json: string;
  prev_hash: string;
  hash: string;
}

/** The hash of an entry from its stored columns (the details' stored text as is). */
export function supervisorEntryHash(row: Omit<Row, 'hash'>): string {
  const text =
    `{"account_id":${JSON.stringify(row.account_id)},"account_name":${JSON.stringify(row.account_name)},` +
    `"act":${JSON.stringify(row.act)},"at":${JSON.stringify(row.at)},"details":${row.details_json},` +
    `"seq":${row.seq}}`;
  const prev = /^[0-9a-f]{64}$/.test(row.prev_hash) ? row.prev_hash : GENESIS;
  return createHash('sha256')
    .update(SUPERVISOR_LOG_TAG, 'utf8')
    .update(Buffer.from(prev, 'hex'))
    .update(text, 'utf8')
    .digest('hex');
}

/**
 * Appends one act to the supervisor log, in the caller's transaction when there is one (a
 * savepoint of it: the act and its entry commit together or not at all). Details outside the
 * act's schema are refused (`invalid_input`) and nothing is written.
 */
export function recordSupervisorAct(
  db: Db,
  by: ActingAccount,
  act: SupervisorAct,
  at: string,
): SupervisorLogEntry {
  const details = ACT_DETAILS[act.type].parse(act.details) as Record<string, unknown>;
  return db.transaction(() => {
    const head = db
      .prepare<[], { seq: number; hash: string }>(
        'SELECT seq, hash FROM supervisor_log ORDER BY seq DESC LIMIT 1',
      )
      .get();
    const row: Omit<Row, 'hash'> = {
      seq: (head?.seq ?? 0) + 1,
      at,
      account_id: by.id,
      account_name: by.name,
      act: act.type,
      details_json: canonicalJson(details),
      prev_hash: head?.hash ?? GENESIS,
    };
    const hash = supervisorEntryHash(row);
    db.prepare(
      `INSERT INTO supervisor_log (seq, at, account_id, account_name, act, details_json, prev_hash, hash)
       VALUES (@seq, @at, @account_id, @account_name, @act, @details_json, @prev_hash, @hash)`,
    ).run({ ...row, hash });
    return view({ ...row, hash });
  })();
}

function view(row: Row): SupervisorLogEntry {
  return {
    seq: row.seq,
    at: row.at,
    accountId: row.account_id,
    accountName: row.account_name,
    act: row.act as SupervisorActType,
    details: JSON.parse(row.details_json) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A page of the log, newest first. */
export function listSupervisorLog(
  db: Db,
  query: { limit: number; offset: number },
): SupervisorLogPage {
  const total = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM supervisor_log').get();
  const rows = db
    .prepare<[number, number], Row>(
      'SELECT * FROM supervisor_log ORDER BY seq DESC LIMIT ? OFFSET ?',
    )
    .all(query.limit, query.offset);
  return { entries: rows.map(view), total: total?.n ?? 0 };
}

/**
 * Checks the chain from its first entry: each entry's seq follows the one before (`gap`), its
 * prev_hash is that entry's hash (`prev_hash_mismatch`), its hash is that of its columns
 * (`hash_mismatch`). Reports the first entry that fails, and how many were verified before it.
 */
export function verifySupervisorLog(db: Db): SupervisorLogReport {
  let checked = 0;
  let expectedSeq = 1;
  let prevHash = GENESIS;
  for (const row of db.prepare<[], Row>('SELECT * FROM supervisor_log ORDER BY seq').iterate()) {
    const fail = (reason: 'gap' | 'prev_hash_mismatch' | 'hash_mismatch') => ({
      ok: false,
      checked,
      problem: { seq: row.seq, reason },
    });
    if (row.seq !== expectedSeq) return fail('gap');
    if (row.prev_hash !== prevHash) return fail('prev_hash_mismatch');
    if (supervisorEntryHash(row) !== row.hash) return fail('hash_mismatch');
    checked++;
    expectedSeq++;
    prevHash = row.hash;
  }
  return { ok: true, checked, problem: null };
}

/**
 * Records an import run when it has ended: how many files were read and what became of them
 * (each file went in, or not, in a transaction of its own as it was read).
 */
export function recordImportRun(
  db: Db,
  by: ActingAccount,
  run: {
    total: number;
    accepted: number;
    alreadyImported: number;
    held: number;
    rejected: number;
    newEvents: number;
    leftOut: readonly string[];
  },
  at: string,
): SupervisorLogEntry {
  return recordSupervisorAct(
    db,
    by,
    {
      type: 'import.run',
      details: {
        files: run.total,
        accepted: run.accepted,
        already_imported: run.alreadyImported,
        held: run.held,
        rejected: run.rejected,
        new_events: run.newEvents,
        left_out: run.leftOut.length,
      },
    },
    at,
  );
}
