import { PIN_PATTERN } from '@shared/api';
import { isTrivialPin } from '@shared/pin';
import type { Role } from '@shared/roles';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import type { SecretDoor } from '../../kernel/at-rest/door-keeper';
import type { MembersService } from './members-service';
import { generateRecoveryCode, hashSecret, normaliseRecoveryCode, verifySecret } from './secrets';
import type { ActiveSession, SessionKeeper } from './session';

/**
 * Wrong PINs in a row before a member is locked out, and for how long: five minutes the first
 * time, twice as long with each further lockout of that member until they next log in (so a
 * guesser gets a few dozen tries a day, not 1,440), and never more than a day.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60_000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60_000;
/** A temporary PIN from the chair works for three days; after that the chair gives a new one. */
export const TEMPORARY_PIN_MS = 72 * 60 * 60_000;

/** How long the lockout after `earlier` lockouts (since the last login) lasts. */
export function lockoutDuration(earlier: number): number {
  return Math.min(LOCKOUT_MS * 2 ** Math.min(earlier, 20), MAX_LOCKOUT_MS);
}

interface CredentialRow {
  pin_hash: string;
  must_change: number;
  failed_attempts: number;
  locked_until: number | null;
  lockouts: number;
  expires_at: number | null;
}

/** Logging in with a PIN, replacing a temporary PIN, and the chair's recovery code. */
export class AuthService {
  /** One PIN check at a time per member, so parallel guesses cannot outrun the lockout. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly members: MembersService,
    private readonly sessions: SessionKeeper,
    /** The precinct's number once it is set up (a PIN may not be it). */
    private readonly precinctNumber: () => number | null,
    /** The store's door: every PIN and recovery code set wraps the store key (kernel/at-rest). */
    private readonly door: SecretDoor | null = null,
  ) {}

  /**
   * Checks the PIN and, only when it is right, replaces whoever was logged in (recorded as a
   * logout) by the member. A refused attempt leaves the current session as it was.
   */
  login(memberId: string, pin: string): Promise<ActiveSession> {
    return this.oneAtATime(memberId, () => this.checkAndLogin(memberId, pin));
  }

  private async checkAndLogin(memberId: string, pin: string): Promise<ActiveSession> {
    const member = this.members.get(memberId);
    if (!member.active) throw new DomainError('member_inactive', 'The member is no longer active');
    const credentials = this.credentials(memberId);
    if (!credentials) throw new DomainError('no_pin', 'The member has no PIN yet');
    this.refuseWhileLockedOut(memberId, credentials);
    if (!(await verifySecret(pin, credentials.pin_hash))) this.countFailure(memberId);
    if (
      credentials.must_change === 1 &&
      credentials.expires_at !== null &&
      credentials.expires_at <= this.clock.now()
    ) {
      throw new DomainError('temporary_pin_expired', 'The temporary PIN has expired', {
        expired: new Date(credentials.expires_at).toISOString(),
      });
    }

    this.db
      .transaction(() => {
        // A right PIN ends the run of lockouts: the next one lasts five minutes again.
        this.db
          .prepare(
            'UPDATE credentials SET failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE member_id = ?',
          )
          .run(memberId);
        this.logout('logout', this.sessions.end());
        this.log.record('member.logged_in', memberId, { member_id: memberId });
      })
      .immediate();
    // A member whose PIN does not wrap the store key yet (a folder of the previous format) gets
    // its wrap now, while the PIN is at hand.
    const kind = credentials.must_change === 1 ? 'temporary_pin' : 'pin';
    if (this.door && !this.door.hasWrap(kind, memberId)) {
      await this.door.addSecrets([
        { kind, memberId, secret: pin, expiresAt: credentials.expires_at },
      ]);
    }
    return this.sessions.start(memberId, member.role, credentials.must_change === 1);
  }

  /**
   * Replaces the logged-in member's PIN (required after a temporary one). A wrong current PIN
   * counts towards the lockout like a wrong login, and a lockout ends the session.
   */
  async changeOwnPin(currentPin: string, newPin: string): Promise<void> {
    const session = this.sessions.current();
    if (!session) throw new DomainError('not_logged_in', 'No member is logged in');
    await this.oneAtATime(session.memberId, () =>
      this.checkAndChangePin(session, currentPin, newPin),
    );
  }

  private async checkAndChangePin(
    session: ActiveSession,
    currentPin: string,
    newPin: string,
  ): Promise<void> {
    const credentials = this.credentials(session.memberId);
    if (!credentials) throw new DomainError('no_pin', 'The member has no PIN yet');
    this.checkNewPin(newPin);
    if (!(await verifySecret(currentPin, credentials.pin_hash))) {
      try {
        this.countFailure(session.memberId);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'locked_out') {
          this.sessions.end();
          this.logout('logout', session);
        }
        throw error;
      }
    }
    if (currentPin === newPin)
      throw new DomainError('pin_reused', 'The new PIN must differ from the old one');
    const pinHash = await hashSecret(newPin);
    this.db
      .transaction(() => {
        this.members.storePin(session.memberId, pinHash, null);
        this.log.record('member.pin_set', session.memberId, {
          member_id: session.memberId,
          kind: 'changed',
        });
      })
      .immediate();
    await this.door?.addSecrets(
      [{ kind: 'pin', memberId: session.memberId, secret: newPin }],
      [{ kind: 'temporary_pin', memberId: session.memberId }],
    );
    this.sessions.markPinChanged();
    this.sessions.touch();
  }

  /**
   * After the chair's PIN and recovery code are stored: both wrap the store key, and the
   * handover code's or the folder's own secret's wrap (which held it until now) is dropped.
   */
  async sealChairSecrets(chairId: string, pin: string, recoveryCode: string): Promise<void> {
    await this.door?.addSecrets(
      [
        { kind: 'pin', memberId: chairId, secret: pin },
        { kind: 'recovery_code', memberId: chairId, secret: normaliseRecoveryCode(recoveryCode) },
      ],
      [
        { kind: 'handover_code', memberId: null },
        { kind: 'folder_secret', memberId: null },
        { kind: 'temporary_pin', memberId: chairId },
      ],
    );
  }

  /**
   * Hashes a chair PIN and a fresh recovery code (before the transaction that stores them).
   * `precinctNumber` names the precinct at setup, before it is stored.
   */
  async newChairSecrets(
    pin: string,
    precinctNumber?: number,
  ): Promise<{ pinHash: string; code: string; codeHash: string }> {
    this.checkNewPin(pin, precinctNumber);
    const code = generateRecoveryCode();
    const [pinHash, codeHash] = await Promise.all([
      hashSecret(pin),
      hashSecret(normaliseRecoveryCode(code)),
    ]);
    return { pinHash, code, codeHash };
  }

  /** Records the chair's PIN and recovery code inside the caller's transaction. */
  storeChairSecrets(
    chairId: string,
    pinHash: string,
    codeHash: string,
    kind: 'initial' | 'recovered',
  ): void {
    this.members.storePin(chairId, pinHash, null);
    this.db
      .prepare(
        `INSERT INTO recovery_codes (member_id, code_hash, issued_at) VALUES (?, ?, ?)
         ON CONFLICT (member_id) DO UPDATE SET code_hash = excluded.code_hash, issued_at = excluded.issued_at`,
      )
      .run(chairId, codeHash, new Date(this.clock.now()).toISOString());
    this.log.record('member.pin_set', chairId, { member_id: chairId, kind });
    this.log.record('member.recovery_code_issued', chairId, { member_id: chairId });
  }

  /**
   * The chair's sealed recovery code resets the chair's PIN once; a new code is issued in
   * its place. It works during a lockout (the envelope is opened exactly then) and lifts it.
   * Wrong codes count towards the same lockouts as wrong PINs.
   */
  recoverChairPin(memberId: string, recoveryCode: string, newPin: string): Promise<string> {
    return this.oneAtATime(memberId, () => this.checkAndRecover(memberId, recoveryCode, newPin));
  }

  private async checkAndRecover(
    memberId: string,
    recoveryCode: string,
    newPin: string,
  ): Promise<string> {
    const member = this.members.get(memberId);
    if (!member.active) throw new DomainError('member_inactive', 'The member is no longer active');
    if (member.role !== 'chair')
      throw new DomainError('forbidden', 'Only the chair has a recovery code');
    this.checkNewPin(newPin);
    const credentials = this.credentials(memberId);
    const stored = this.db
      .prepare<[string], { code_hash: string }>(
        'SELECT code_hash FROM recovery_codes WHERE member_id = ?',
      )
      .get(memberId);
    const matches = stored
      ? await verifySecret(normaliseRecoveryCode(recoveryCode), stored.code_hash)
      : false;
    if (!matches) {
      if (credentials) this.countFailure(memberId, 'recovery_code_invalid');
      throw new DomainError('recovery_code_invalid', 'The recovery code is not valid');
    }
    const { pinHash, code, codeHash } = await this.newChairSecrets(newPin);
    this.db
      .transaction(() => {
        const locked = this.credentials(memberId)?.locked_until ?? null;
        if (locked !== null && locked > this.clock.now()) {
          this.log.record('member.lockout_lifted', memberId, {
            member_id: memberId,
            by: 'recovery_code',
          });
        }
        this.storeChairSecrets(memberId, pinHash, codeHash, 'recovered');
        this.db.prepare('UPDATE credentials SET lockouts = 0 WHERE member_id = ?').run(memberId);
      })
      .immediate();
    await this.sealChairSecrets(memberId, newPin, code);
    return code;
  }

  /**
   * The chair ends a member's lockout early (the member is at the desk and known to the
   * chair). The count of lockouts stays: if the guessing goes on, the next one is longer.
   */
  liftLockout(memberId: string, actor: string): Promise<void> {
    return this.oneAtATime(memberId, () => {
      const member = this.members.get(memberId);
      if (!member.active) {
        throw new DomainError('member_inactive', 'The member is no longer active');
      }
      this.db
        .transaction(() => {
          const locked = this.credentials(memberId)?.locked_until ?? null;
          if (locked === null || locked <= this.clock.now()) {
            throw new DomainError('not_locked_out', 'The member is not locked out');
          }
          this.db
            .prepare(
              'UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE member_id = ?',
            )
            .run(memberId);
          this.log.record('member.lockout_lifted', actor, { member_id: memberId, by: 'chair' });
        })
        .immediate();
      return Promise.resolve();
    });
  }

  /** A PIN being chosen: 6 to 12 digits, and not one anyone would guess first. */
  checkNewPin(pin: string, precinctNumber: number | null = this.precinctNumber()): void {
    if (!PIN_PATTERN.test(pin)) throw new DomainError('pin_format', 'A PIN is 6 to 12 digits');
    if (isTrivialPin(pin, precinctNumber)) {
      throw new DomainError(
        'pin_trivial',
        'A PIN may not be one digit repeated, a straight run of digits, or the precinct number',
      );
    }
  }

  /** Ends the session, recording why. */
  logout(reason: 'logout' | 'lock' | 'auto_lock', session: { memberId: string } | null): void {
    if (!session) return;
    this.log.record('member.logged_out', session.memberId, { member_id: session.memberId, reason });
  }

  roleOf(memberId: string): Role {
    return this.members.get(memberId).role;
  }

  /** Runs `task` after every earlier PIN check of the same member has finished. */
  private oneAtATime<T>(memberId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(memberId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(memberId, settled);
    void settled.then(() => {
      if (this.queues.get(memberId) === settled) this.queues.delete(memberId);
    });
    return next;
  }

  private credentials(memberId: string): CredentialRow | undefined {
    return this.db
      .prepare<[string], CredentialRow>(
        `SELECT pin_hash, must_change, failed_attempts, locked_until, lockouts, expires_at
         FROM credentials WHERE member_id = ?`,
      )
      .get(memberId);
  }

  private refuseWhileLockedOut(memberId: string, credentials: CredentialRow): void {
    if (credentials.locked_until !== null && credentials.locked_until > this.clock.now()) {
      throw new DomainError('locked_out', `Member ${memberId} is locked out`, {
        until: new Date(credentials.locked_until).toISOString(),
      });
    }
  }

  /**
   * Counts a wrong PIN (or code); the fifth in a row locks the member out, for longer each
   * time, and is recorded with its length.
   */
  private countFailure(
    memberId: string,
    code: 'wrong_pin' | 'recovery_code_invalid' = 'wrong_pin',
  ): never {
    const outcome = this.db
      .transaction(() => {
        const row = this.credentials(memberId);
        const failures = (row?.failed_attempts ?? 0) + 1;
        if (failures >= MAX_FAILED_ATTEMPTS) {
          const duration = lockoutDuration(row?.lockouts ?? 0);
          const until = this.clock.now() + duration;
          this.db
            .prepare(
              `UPDATE credentials SET failed_attempts = 0, locked_until = ?, lockouts = lockouts + 1
               WHERE member_id = ?`,
            )
            .run(until, memberId);
          this.log.record('member.locked_out', null, {
            member_id: memberId,
            until: new Date(until).toISOString(),
            minutes: duration / 60_000,
          });
          return { lockedUntil: until, attemptsLeft: 0 };
        }
        this.db
          .prepare('UPDATE credentials SET failed_attempts = ? WHERE member_id = ?')
          .run(failures, memberId);
        return { lockedUntil: null, attemptsLeft: MAX_FAILED_ATTEMPTS - failures };
      })
      .immediate();
    if (outcome.lockedUntil !== null) {
      throw new DomainError('locked_out', `Member ${memberId} is locked out`, {
        until: new Date(outcome.lockedUntil).toISOString(),
      });
    }
    if (code === 'recovery_code_invalid') {
      throw new DomainError(code, 'The recovery code is not valid', {
        attemptsLeft: outcome.attemptsLeft,
      });
    }
    throw new DomainError('wrong_pin', 'Wrong PIN', { attemptsLeft: outcome.attemptsLeft });
  }
}
