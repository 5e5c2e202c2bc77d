import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventPayloads, StoredEvent } from '../../kernel/events/payloads';

/** Keeps the identity a package gave the precinct (a manual setup carries none). */
export function applyIdentity(db: Db, p: EventPayloads['precinct.setup_completed']): void {
  if (!p.election_id || !p.precinct_id) return;
  cachedStatement(
    db,
    `INSERT INTO sync_identity (id, election_id, precinct_id, abroad, country)
     VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET election_id = excluded.election_id,
       precinct_id = excluded.precinct_id, abroad = excluded.abroad, country = excluded.country`,
  ).run(p.election_id, p.precinct_id, p.abroad ? 1 : 0, p.country ?? null);
}

/**
 * Whether a list import's very rows joined the list already (by their SHA-256), marking them
 * as joined when not: two laptops that loaded one package both recorded its list.
 */
export function isListApplied(db: Db, event: StoredEvent<'voters.imported'>): boolean {
  const p = event.payload;
  const inserted = cachedStatement(
    db,
    'INSERT INTO sync_applied_lists (rows_sha256, import_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  ).run(p.rows_sha256, p.import_id);
  return inserted.changes === 0;
}

/** Marks a list import done live (its rows written by the import itself) as joined. */
export function markListApplied(db: Db, rowsSha256: string, importId: string): void {
  cachedStatement(
    db,
    'INSERT INTO sync_applied_lists (rows_sha256, import_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  ).run(rowsSha256, importId);
}
