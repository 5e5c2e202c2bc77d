import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { isOwnEvent } from '../../kernel/device-identity';
import { hlcToIso } from '../../kernel/events/hlc';

/**
 * The commission as this laptop's log says it stands: who was added, who left and who replaced
 * them. Another laptop's member events travel in its files and are re-authorised there, but
 * never change who may log in here.
 */
export function applyMemberAdded(db: Db, event: StoredEvent<'member.added'>): void {
  if (!isOwnEvent(db, event)) return;
  const p = event.payload;
  cachedStatement(
    db,
    `INSERT INTO members (id, full_name, role, active, replaced_by, added_at)
     VALUES (?, ?, ?, 1, NULL, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(p.member_id, p.full_name, p.role, hlcToIso(event.hlc));
}

export function applyMemberDeactivated(db: Db, event: StoredEvent<'member.deactivated'>): void {
  if (!isOwnEvent(db, event)) return;
  const p = event.payload;
  cachedStatement(db, 'UPDATE members SET active = 0, replaced_by = ? WHERE id = ?').run(
    p.replaced_by,
    p.member_id,
  );
}
