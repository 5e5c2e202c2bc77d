import { randomUUID } from 'node:crypto';
import type { LoginMember, MemberInput, MemberView } from '@shared/api';
import type { Role } from '@shared/roles';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import type { DoorLockout, DoorMember } from '../../kernel/at-rest/door-file';
import type { SecretDoor } from '../../kernel/at-rest/door-keeper';
import { hashSecret } from './secrets';

interface MemberRow {
  id: string;
  full_name: string;
  role: Role;
  active: number;
  replaced_by: string | null;
  pin_hash: string | null;
  must_change: number | null;
  locked_until: number | null;
}

const MEMBER_SELECT = `
  SELECT m.id, m.full_name, m.role, m.active, m.replaced_by,
         c.pin_hash, c.must_change, c.locked_until
  FROM members m LEFT JOIN credentials c ON c.member_id = m.id`;

/** The commission's members: who they are, their roles, and who has a PIN. */
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    /** The store's door, which wraps the store key for each PIN set (none in some tests). */
    private readonly door: SecretDoor | null = null,
  ) {}

  /** Active members, chair first, for the login screen. */
  listForLogin(): LoginMember[] {
    return this.rows('WHERE m.active = 1').map((row) => ({
      id: row.id,
      fullName: row.full_name,
      role: row.role,
      hasPin: row.pin_hash !== null,
    }));
  }

  /** Who the door file names (kernel/at-rest), and the lockouts it counts before a login. */
  doorFacts(): { members: DoorMember[]; lockouts: DoorLockout[] } {
    const members = this.rows('').map((row) => ({
      id: row.id,
      name: row.full_name,
      role: row.role,
      active: row.active === 1,
      has_pin: row.pin_hash !== null,
    }));
    const lockouts = this.db
      .prepare<[], DoorLockout>(
        `SELECT member_id, failed_attempts, locked_until, lockouts FROM credentials
         ORDER BY member_id`,
      )
      .all();
    return { members, lockouts };
  }

  /** Every member ever added, active ones first. */
  list(): MemberView[] {
    return this.rows('').map((row) => this.view(row));
  }

  /** How many members were ever added, active or not, without reading who they are. */
  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()?.n ?? 0;
  }

  get(memberId: string): MemberView {
    const row = this.rows('WHERE m.id = ?', memberId)[0];
    if (!row) throw new DomainError('member_not_found', `No member ${memberId}`);
    return this.view(row);
  }

  /** Records a new member; the caller runs this inside its transaction. */
  add(
    input: MemberInput,
    actor: string | null,
    replaces: string | null = null,
    reason: string | null = null,
    /** A package names its members by stable ids; otherwise a fresh one. */
    memberId: string = randomUUID(),
  ): string {
    this.log.record('member.added', actor, {
      member_id: memberId,
      full_name: input.fullName,
      role: input.role,
      replaces,
      reason,
    });
    return memberId;
  }

  /** Adds a member after setup; there is only ever one active chair. */
  addMember(input: MemberInput, actor: string): MemberView {
    if (input.role === 'chair' && this.activeChairCount() > 0) {
      throw new DomainError('one_chair_only', 'The precinct already has an active chair');
    }
    const id = this.db.transaction(() => this.add(input, actor)).immediate();
    return this.get(id);
  }

  /**
   * Replaces a member by a new person in the same role: the old record is deactivated (never
   * deleted, so past acts stay attributed) and points to the new one.
   */
  replace(memberId: string, fullName: string, reason: string, actor: string): MemberView {
    const old = this.get(memberId);
    if (!old.active) throw new DomainError('member_inactive', 'The member is no longer active');
    if (memberId === actor)
      throw new DomainError('cannot_deactivate_self', 'A member cannot replace themself');
    const id = this.db
      .transaction(() => {
        const newId = this.add({ fullName, role: old.role }, actor, memberId, reason);
        this.log.record('member.deactivated', actor, {
          member_id: memberId,
          reason,
          replaced_by: newId,
        });
        this.db.prepare('DELETE FROM credentials WHERE member_id = ?').run(memberId);
        return newId;
      })
      .immediate();
    return this.get(id);
  }

  deactivate(memberId: string, reason: string, actor: string): void {
    const member = this.get(memberId);
    if (!member.active) throw new DomainError('member_inactive', 'The member is no longer active');
    if (memberId === actor)
      throw new DomainError('cannot_deactivate_self', 'A member cannot deactivate themself');
    if (member.role === 'chair') {
      throw new DomainError('chair_required', 'The chair can only be replaced, not deactivated');
    }
    this.db
      .transaction(() => {
        this.log.record('member.deactivated', actor, {
          member_id: memberId,
          reason,
          replaced_by: null,
        });
        this.db.prepare('DELETE FROM credentials WHERE member_id = ?').run(memberId);
      })
      .immediate();
  }

  /**
   * Sets a fresh temporary PIN that the member must replace at first login; it stops working
   * `validFor` ms from now if they have not.
   */
  async resetPin(
    memberId: string,
    temporaryPin: string,
    actor: string,
    validFor: number,
  ): Promise<void> {
    const member = this.get(memberId);
    if (!member.active) throw new DomainError('member_inactive', 'The member is no longer active');
    const pinHash = await hashSecret(temporaryPin);
    this.db
      .transaction(() => {
        this.storePin(memberId, pinHash, this.clock.now() + validFor);
        this.log.record('member.pin_set', actor, { member_id: memberId, kind: 'temporary' });
      })
      .immediate();
    // The member's own PIN no longer opens the store; the temporary one does, until it expires.
    await this.door?.addSecrets(
      [
        {
          kind: 'temporary_pin',
          memberId,
          secret: temporaryPin,
          expiresAt: this.clock.now() + validFor,
        },
      ],
      [{ kind: 'pin', memberId }],
    );
  }

  /**
   * Writes a PIN hash (local secret) and clears any lockout; a temporary PIN (one the member
   * must replace) comes with the instant it expires. The count of lockouts is kept: only a
   * login or the chair's recovery code ends it.
   */
  storePin(memberId: string, pinHash: string, temporaryUntil: number | null): void {
    this.db
      .prepare(
        `INSERT INTO credentials (member_id, pin_hash, must_change, failed_attempts, locked_until,
           expires_at)
         VALUES (?, ?, ?, 0, NULL, ?)
         ON CONFLICT (member_id) DO UPDATE SET pin_hash = excluded.pin_hash,
           must_change = excluded.must_change, failed_attempts = 0, locked_until = NULL,
           expires_at = excluded.expires_at`,
      )
      .run(memberId, pinHash, temporaryUntil === null ? 0 : 1, temporaryUntil);
  }

  private activeChairCount(): number {
    return (
      this.db
        .prepare<[], { n: number }>(
          "SELECT count(*) AS n FROM members WHERE role = 'chair' AND active = 1",
        )
        .get()?.n ?? 0
    );
  }

  private rows(where: string, ...params: string[]): MemberRow[] {
    return this.db
      .prepare<string[], MemberRow>(
        `${MEMBER_SELECT} ${where}
         ORDER BY m.active DESC,
           CASE m.role WHEN 'chair' THEN 0 WHEN 'deputy_chair' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END,
           m.full_name`,
      )
      .all(...params);
  }

  private view(row: MemberRow): MemberView {
    const now = this.clock.now();
    return {
      id: row.id,
      fullName: row.full_name,
      role: row.role,
      hasPin: row.pin_hash !== null,
      active: row.active === 1,
      mustChangePin: row.must_change === 1,
      lockedUntil:
        row.locked_until !== null && row.locked_until > now
          ? new Date(row.locked_until).toISOString()
          : null,
      replacedBy: row.replaced_by,
    };
  }
}
