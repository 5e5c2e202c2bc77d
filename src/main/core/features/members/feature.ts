import { MEMBERS_ERROR_CODES } from '@shared/members/members-errors';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import { MEMBERS_MIGRATIONS } from './members-schema';
import { membersHandlers } from './members-handlers';
import { applyMemberAdded, applyMemberDeactivated } from './members-projection';
import { memberPayloadSchemas as p } from './members-payloads';

/**
 * The commission's members: who they are, their roles, their PINs and sessions. A member
 * manages their own PIN and session (`self`); the chair adds, replaces and resets the others.
 */
export const membersFeature = {
  name: 'members',
  migrations: MEMBERS_MIGRATIONS,
  events: {
    'member.added': defineEvent({
      payload: p['member.added'],
      // The chair at setup is added before anyone can act; a package names the commission.
      authority: { actor: ['members.manage'], actorless: ['setup', 'package'] },
      apply: (db, e) => applyMemberAdded(db, e as StoredEvent<'member.added'>),
      membership: (payload) => ({ memberId: payload.member_id, role: payload.role, active: true }),
    }),
    'member.deactivated': defineEvent({
      payload: p['member.deactivated'],
      authority: { actor: ['members.manage'], actorless: [] },
      apply: (db, e) => applyMemberDeactivated(db, e as StoredEvent<'member.deactivated'>),
      membership: (payload) => ({ memberId: payload.member_id, active: false }),
    }),
    'member.pin_set': defineEvent({
      payload: p['member.pin_set'],
      // PIN hashes stay in the local credentials table: the log records only that one was set.
      authority: { actor: ['self', 'members.reset_pin'], actorless: [] },
      apply: 'log-only',
    }),
    'member.recovery_code_issued': defineEvent({
      payload: p['member.recovery_code_issued'],
      authority: { actor: ['self'], actorless: [] },
      apply: 'log-only',
    }),
    'member.logged_in': defineEvent({
      payload: p['member.logged_in'],
      authority: { actor: ['self'], actorless: [] },
      apply: 'log-only',
    }),
    'member.logged_out': defineEvent({
      payload: p['member.logged_out'],
      authority: { actor: ['self'], actorless: [] },
      apply: 'log-only',
    }),
    'member.locked_out': defineEvent({
      payload: p['member.locked_out'],
      // The laptop locks a member out after wrong PINs: nobody is logged in to act.
      authority: { actor: [], actorless: ['device'] },
      apply: 'log-only',
    }),
    'member.lockout_lifted': defineEvent({
      payload: p['member.lockout_lifted'],
      // The chair lifts another member's lockout; the chair's recovery code lifts her own.
      authority: { actor: ['members.reset_pin', 'self'], actorless: [] },
      apply: 'log-only',
    }),
  },
  projectionTables: ['members'],
  errorCodes: MEMBERS_ERROR_CODES,
  handlers: membersHandlers,
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
