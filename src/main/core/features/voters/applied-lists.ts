import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

/*
 * A list imported on two laptops from one package joins the list once when their logs meet:
 * `sync_applied_lists` (made with the precinct side of sync, schema version 5) names each
 * list's rows by their SHA-256.
 */

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
