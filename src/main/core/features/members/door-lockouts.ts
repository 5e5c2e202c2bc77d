import type { Db } from '../../kernel/db/database';
import type { DoorLockout } from '../../kernel/at-rest/door-file';
import type { EventLog } from '../../events';

/**
 * Wrong PINs counted by the door while the store was shut (kernel/at-rest) join the store's
 * counts, and the lockouts they caused are recorded in the log.
 */
export function applyDoorLockouts(
  db: Db,
  log: EventLog,
  lockouts: readonly DoorLockout[],
  pending: readonly { member_id: string; until: number; minutes: number }[],
): void {
  if (lockouts.length === 0 && pending.length === 0) return;
  db.transaction(() => {
    for (const door of lockouts) {
      db.prepare(
        `UPDATE credentials SET failed_attempts = max(failed_attempts, ?),
                 locked_until = CASE WHEN ? IS NOT NULL AND (locked_until IS NULL OR locked_until < ?)
                   THEN ? ELSE locked_until END,
                 lockouts = max(lockouts, ?)
               WHERE member_id = ?`,
      ).run(
        door.failed_attempts,
        door.locked_until,
        door.locked_until,
        door.locked_until,
        door.lockouts,
        door.member_id,
      );
    }
    for (const lockout of pending) {
      log.record('member.locked_out', null, {
        member_id: lockout.member_id,
        until: new Date(lockout.until).toISOString(),
        minutes: lockout.minutes,
      });
    }
  }).immediate();
}
