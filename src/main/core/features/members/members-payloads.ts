import { z } from 'zod';
import { ROLES } from '@shared/roles';

/**
 * Payloads of the commission's members' events. They carry what the commission would ask
 * about later and nothing secret: PIN hashes and recovery codes never appear here (they stay in
 * the local `credentials` and `recovery_codes` tables), because the log is what travels.
 */
const memberId = z.string().min(1);

export const memberPayloadSchemas = {
  'member.added': z.object({
    member_id: memberId,
    full_name: z.string(),
    role: z.enum(ROLES),
    replaces: memberId.nullable(),
    reason: z.string().nullable(),
  }),
  'member.deactivated': z.object({
    member_id: memberId,
    reason: z.string(),
    replaced_by: memberId.nullable(),
  }),
  'member.pin_set': z.object({
    member_id: memberId,
    kind: z.enum(['initial', 'temporary', 'changed', 'recovered']),
  }),
  'member.recovery_code_issued': z.object({ member_id: memberId }),
  'member.logged_in': z.object({ member_id: memberId }),
  'member.logged_out': z.object({
    member_id: memberId,
    reason: z.enum(['logout', 'lock', 'auto_lock']),
  }),
  /**
   * `minutes`: how long this lockout lasts (5, then doubling with each further lockout since
   * the member's last login); absent in events written before lockouts grew.
   */
  'member.locked_out': z.object({
    member_id: memberId,
    until: z.string(),
    minutes: z.number().int().positive().optional(),
  }),
  /** A lockout ended early: lifted by the chair, or by the chair's own recovery code. */
  'member.lockout_lifted': z.object({
    member_id: memberId,
    by: z.enum(['chair', 'recovery_code']),
  }),
};
