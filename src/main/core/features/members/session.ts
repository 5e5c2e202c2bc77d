import type { Permission, Role } from '@shared/roles';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import { can } from '../../kernel/permissions';

export interface ActiveSession {
  memberId: string;
  role: Role;
  mustChangePin: boolean;
  lastActivity: number;
}

/**
 * The UI locks on its own timer and reports input to the core at most every 30 seconds; the
 * core's lock is the backstop, so it waits this much longer and never locks before the UI.
 */
export const CORE_IDLE_GRACE_MS = 60_000;

/**
 * The member logged in on this host, if any. The core enforces the idle lock itself (the UI
 * also locks on its own timer), so a session left open on an unattended laptop expires even
 * when the UI is not running its timer.
 */
export class SessionKeeper {
  private session: ActiveSession | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly autoLockMinutes: () => number,
  ) {}

  start(memberId: string, role: Role, mustChangePin: boolean): ActiveSession {
    this.session = { memberId, role, mustChangePin, lastActivity: this.clock.now() };
    return this.session;
  }

  end(): ActiveSession | null {
    const ended = this.session;
    this.session = null;
    return ended;
  }

  /** The session, or null when none or when it has idled past the auto-lock time. */
  current(): ActiveSession | null {
    if (this.session && this.idleExpired(this.session)) this.session = null;
    return this.session;
  }

  /** True when a session existed but idled out; ends it. */
  expireIfIdle(): ActiveSession | null {
    if (this.session && this.idleExpired(this.session)) return this.end();
    return null;
  }

  touch(): void {
    if (this.session) this.session.lastActivity = this.clock.now();
  }

  markPinChanged(): void {
    if (this.session) this.session.mustChangePin = false;
  }

  /**
   * The session for an operation: it must exist, have a PIN of the member's own, and (when
   * a permission is named) that permission. Counts as activity.
   */
  require(permission?: Permission): ActiveSession {
    const session = this.current();
    if (!session) throw new DomainError('not_logged_in', 'No member is logged in');
    if (session.mustChangePin) {
      throw new DomainError(
        'pin_change_required',
        'The member must replace the temporary PIN first',
      );
    }
    if (permission && !can(session.role, permission)) {
      throw new DomainError(
        'forbidden',
        `The role ${session.role} may not do this (${permission})`,
      );
    }
    session.lastActivity = this.clock.now();
    return session;
  }

  private idleExpired(session: ActiveSession): boolean {
    return (
      this.clock.now() - session.lastActivity > this.autoLockMinutes() * 60_000 + CORE_IDLE_GRACE_MS
    );
  }
}
