import type { ApiHandlers } from '@shared/api';
import type { MembersOperation } from '@shared/members/members-contract';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { TEMPORARY_PIN_MS } from './auth-service';
import { generateTemporaryPin } from './secrets';

/** Logging in and out, PINs, and the commission's list of members. */
export function membersHandlers(ctx: CoreContext): Pick<ApiHandlers, MembersOperation> {
  const { precinct, members, auth, sessions } = ctx;
  return {
    listLoginMembers: () => {
      precinct.require();
      return members.listForLogin();
    },
    login: async ({ memberId, pin }) => {
      precinct.require();
      // Only a right PIN ends whoever was logged in before; a refused one changes nothing.
      const session = await auth.login(memberId, pin);
      sessions.loggedIn();
      ctx.endFileGrant();
      return sessions.info(session);
    },
    changeOwnPin: async ({ currentPin, newPin }) => {
      await auth.changeOwnPin(currentPin, newPin);
      const session = sessions.current();
      if (!session) throw new DomainError('not_logged_in', 'No member is logged in');
      return sessions.info(session);
    },
    recoverChairPin: async ({ memberId, recoveryCode, newPin }) => {
      precinct.require();
      const fresh = await auth.recoverChairPin(memberId, recoveryCode, newPin);
      ctx.grantFileAccess();
      return { recoveryCode: fresh };
    },
    logout: () => {
      sessions.end('logout');
      return null;
    },
    lockSession: ({ reason }) => {
      sessions.end(reason === 'idle' ? 'auto_lock' : 'lock');
      return null;
    },
    touchSession: () => {
      // A member still replacing a temporary PIN is active too, so no permission check here.
      if (!sessions.current()) sessions.require();
      sessions.keeper.touch();
      return null;
    },
    getSession: () => {
      const session = sessions.current();
      return session ? sessions.info(session) : null;
    },
    listMembers: () => {
      sessions.require('members.manage');
      return members.list();
    },
    addMember: (input) => members.addMember(input, sessions.require('members.manage').memberId),
    replaceMember: ({ memberId, fullName, reason }) =>
      members.replace(memberId, fullName, reason, sessions.require('members.manage').memberId),
    deactivateMember: ({ memberId, reason }) => {
      members.deactivate(memberId, reason, sessions.require('members.manage').memberId);
      return null;
    },
    resetMemberPin: async ({ memberId }) => {
      const actor = sessions.require('members.reset_pin').memberId;
      const temporaryPin = generateTemporaryPin(precinct.get()?.precinctNumber ?? null);
      await members.resetPin(memberId, temporaryPin, actor, TEMPORARY_PIN_MS);
      return { temporaryPin };
    },
    liftLockout: async ({ memberId }) => {
      await auth.liftLockout(memberId, sessions.require('members.reset_pin').memberId);
      return members.get(memberId);
    },
  };
}
