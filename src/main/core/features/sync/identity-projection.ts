import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventPayloads } from '../../events';

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
