import { z } from 'zod';
import { op } from '../operation';
import { PIN_PATTERN } from '../pin';
import { ROLES, type Language, type Permission, type Role } from '../roles';
import { TEXT_LIMITS } from '../text-limits';

/** The members' operations: logging in and out, PINs, the commission's list of members. */
export const pinSchema = z.string().regex(PIN_PATTERN);
const trimmed = (max: number) => z.string().trim().min(1).max(max);
const memberId = z.string().min(1).max(64);
const empty = z.object({}).strict();

export const memberInputSchema = z.object({
  fullName: trimmed(TEXT_LIMITS.name),
  role: z.enum(ROLES),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

export interface SessionInfo {
  memberId: string;
  fullName: string;
  role: Role;
  language: Language;
  permissions: Permission[];
  mustChangePin: boolean;
  autoLockMinutes: number;
}

export interface LoginMember {
  id: string;
  fullName: string;
  role: Role;
  hasPin: boolean;
}

export interface MemberView extends LoginMember {
  active: boolean;
  mustChangePin: boolean;
  lockedUntil: string | null;
  replacedBy: string | null;
}

export const membersOperations = {
  listLoginMembers: op<LoginMember[]>()(empty),
  login: op<SessionInfo>()(z.object({ memberId, pin: z.string().max(64) })),
  changeOwnPin: op<SessionInfo>()(z.object({ currentPin: z.string().max(64), newPin: pinSchema })),
  recoverChairPin: op<{ recoveryCode: string }>()(
    z.object({ memberId, recoveryCode: z.string().max(64), newPin: pinSchema }),
  ),
  logout: op<null>()(empty),
  /** Ends the session: by the member's Lock button, or by the UI's idle timer. */
  lockSession: op<null>()(z.object({ reason: z.enum(['manual', 'idle']) })),
  touchSession: op<null>()(empty),
  getSession: op<SessionInfo | null>()(empty),
  listMembers: op<MemberView[]>()(empty),
  addMember: op<MemberView>()(memberInputSchema),
  replaceMember: op<MemberView>()(
    z.object({
      memberId,
      fullName: trimmed(TEXT_LIMITS.name),
      reason: trimmed(TEXT_LIMITS.reason),
    }),
  ),
  deactivateMember: op<null>()(z.object({ memberId, reason: trimmed(TEXT_LIMITS.reason) })),
  resetMemberPin: op<{ temporaryPin: string }>()(z.object({ memberId })),
  /** The chair ends a member's lockout after wrong PINs before its time. */
  liftLockout: op<MemberView>()(z.object({ memberId })),
};
export type MembersOperation = keyof typeof membersOperations;
