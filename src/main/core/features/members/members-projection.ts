import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';

/** The commission as the log says it stands: who was added, who left and who replaced them. */
export function applyMemberAdded(db: Db, event: StoredEvent<'member.added'>): void {
  const p = event.payload;
  cachedStatement(
    db,
    `INSERT INTO members (id, full_name, role, active, replaced_by, added_at)
     VALUES (?, ?, ?, 1, NULL, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(p.member_id, p.full_name, p.role, hlcToIso(event.hlc));
}

export function applyMemberDeactivated(db: Db, event: StoredEvent<'member.deactivated'>): void {
  const p = event.payload;
  cachedStatement(db, 'UPDATE members SET active = 0, replaced_by = ? WHERE id = ?').run(
    p.replaced_by,
    p.member_id,
  );
}
