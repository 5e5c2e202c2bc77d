import type { SessionInfo } from '@shared/api';
import { DomainError } from '@shared/result';
import type { Permission } from '@shared/roles';
import { permissionsOf } from '../../kernel/permissions';
import type { AuthService } from './auth-service';
import type { MembersService } from './members-service';
import type { ActiveSession, SessionKeeper } from './session';

/**
 * The one check every operation makes of who is at the laptop: the current session, the
 * permission it needs, and the idle lock (a session that idled out is ended and recorded
 * before any operation runs).
 */
export class SessionGuard {
  private lockedByIdle = false;

  constructor(
    readonly keeper: SessionKeeper,
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly describe: (memberId: string) => {
      language: SessionInfo['language'];
      autoLockMinutes: number;
    },
  ) {}

  current(): ActiveSession | null {
    return this.keeper.current();
  }

  /** The logged-in member, allowed to do `permission` when one is named (throws otherwise). */
  require(permission?: Permission): ActiveSession {
    if (this.lockedByIdle && !this.keeper.current()) {
      throw new DomainError('session_locked', 'The app locked itself after a time without input');
    }
    return this.keeper.require(permission);
  }

  /** Ends a session that idled past the auto-lock time, recording it. */
  expireIdle(): void {
    const expired = this.keeper.expireIfIdle();
    if (expired) {
      this.auth.logout('auto_lock', expired);
      this.lockedByIdle = true;
    }
  }

  /** Ends the current session, if any, recording why. */
  end(reason: 'logout' | 'lock' | 'auto_lock'): void {
    const ended = this.keeper.end();
    if (ended) {
      this.auth.logout(reason, ended);
      this.lockedByIdle = reason === 'auto_lock';
    }
  }

  loggedIn(): void {
    this.lockedByIdle = false;
  }

  info(session: ActiveSession): SessionInfo {
    const member = this.members.get(session.memberId);
    const described = this.describe(member.id);
    return {
      memberId: member.id,
      fullName: member.fullName,
      role: member.role,
      language: described.language,
      permissions: permissionsOf(member.role),
      mustChangePin: session.mustChangePin,
      autoLockMinutes: described.autoLockMinutes,
    };
  }
}
