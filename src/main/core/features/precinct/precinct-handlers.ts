import type { ApiHandlers } from '@shared/api';
import type { PrecinctOperation } from '@shared/precinct/precinct-contract';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';

/** Time zone shown before setup, when the precinct has not chosen one yet. */
const DEFAULT_TIME_ZONE = 'Asia/Almaty';

/** The app's state at start, the precinct's setup, its clock, settings and language. */
export function precinctHandlers(ctx: CoreContext): Pick<ApiHandlers, PrecinctOperation> {
  const { db, log, precinct, members, auth, sessions } = ctx;
  return {
    getAppState: () => {
      const session = sessions.current();
      return {
        // A precinct a package set up stays in setup until its chair has set a PIN.
        setUp: ctx.isSetUp(),
        precinct: precinct.get(),
        session: session ? sessions.info(session) : null,
        deviceLanguage: ctx.deviceLanguage(),
        host: ctx.host.info,
        clock: precinct.clockStatus(DEFAULT_TIME_ZONE),
        mode: ctx.mode(),
        closed: ctx.door.closed,
      };
    },
    getClockStatus: () => precinct.clockStatus(DEFAULT_TIME_ZONE),

    completeSetup: async ({ precinct: setup, members: list, chairPin }) => {
      precinct.validateSetup(setup, list);
      const secrets = await auth.newChairSecrets(chairPin, setup.precinctNumber);
      const chairId = db
        .transaction(() => {
          // Re-checked inside the transaction: two set-ups racing must not both succeed.
          precinct.validateSetup(setup, list);
          const chairInput = list.find((m) => m.role === 'chair');
          if (!chairInput) throw new DomainError('chair_required', 'The commission needs a chair');
          const chairId = members.add(chairInput, null);
          precinct.recordSetup(setup, chairId, 'manual');
          for (const member of list) if (member !== chairInput) members.add(member, chairId);
          auth.storeChairSecrets(chairId, secrets.pinHash, secrets.codeHash, 'initial');
          const status = precinct.clockStatus(setup.timeZone);
          log.record('clock.confirmed', chairId, {
            local_date: status.localDate,
            local_time: status.localTime,
            time_zone: setup.timeZone,
          });
          return chairId;
        })
        .immediate();
      // From now on the store opens only with the chair's PIN or recovery code.
      await auth.sealChairSecrets(chairId, chairPin, secrets.code);
      ctx.grantFileAccess();
      return { recoveryCode: secrets.code };
    },

    confirmClock: () => {
      const session = sessions.require('clock.confirm');
      precinct.confirmClock(session.memberId);
      return precinct.clockStatus(DEFAULT_TIME_ZONE);
    },
    setLanguage: ({ language }) => {
      const session = sessions.current();
      ctx.prefs.set('device.language', language);
      if (session) ctx.prefs.set(`member.${session.memberId}.language`, language);
      return null;
    },
    getSettings: () => {
      sessions.require();
      return precinct.settings();
    },
    updateSettings: (settings) =>
      precinct.updateSettings(settings, sessions.require('settings.edit').memberId),
  };
}
