import type { ApiHandlers, SessionInfo } from '../../shared/api';
import { DomainError } from '../../shared/result';
import { LANGUAGES, type Language } from '../../shared/roles';
import {
  accommodationHandlers,
  canReadHealth,
} from './features/accommodations/accommodation-handlers';
import { hideSensitivePayloads } from './features/accommodations/audit-redaction';
import { AuditService } from './features/audit/audit-service';
import type { Clock } from './kernel/clock';
import { openDatabase, type Db } from './kernel/db/database';
import { ensureDeviceIdentity } from './kernel/device-identity';
import { verifyChain } from './kernel/events/chain-verify';
import { EventLog } from './kernel/events/event-log';
import { fileHandlers } from './features/files/file-handlers';
import type { HostServices } from './boundary/host-services';
import { infologHandlers } from './features/infolog/infolog-handlers';
import { AuthService } from './features/members/auth-service';
import { MembersService } from './features/members/members-service';
import { generateTemporaryPin } from './features/members/secrets';
import { SessionKeeper, type ActiveSession } from './features/members/session';
import { permissionsOf } from './kernel/permissions';
import { PrecinctService } from './features/precinct/precinct-service';
import { voterHandlers } from './features/voters/voter-handlers';
import { syncHandlers } from './features/sync/sync-handlers';
import { supervisorHandlers } from './features/supervisor/supervisor-handlers';
import { isSupervisorFolder } from './features/supervisor/supervisor-folder';
import { stagingHandlers } from './features/supervisor/staging';
import { SupervisorStore } from './features/supervisor/supervisor-store';
import { chairPinPending } from './features/sync/sync-store';

/** Time zone shown before setup, when the precinct has not chosen one yet. */
const DEFAULT_TIME_ZONE = 'Asia/Almaty';
/** Kazakh, the state language, until someone picks another. */
const DEFAULT_LANGUAGE: Language = 'kk';

export interface AppCore {
  handlers: ApiHandlers;
  db: Db;
  deviceId: string;
  close(): void;
}

/**
 * Opens a data folder and builds the API handlers every host serves: the whole app, with
 * the host's dialogs and PDF rendering plugged in.
 */
export function createAppCore(options: {
  dataDir: string;
  clock: Clock;
  host: HostServices;
}): AppCore {
  const { clock, host } = options;
  const db = openDatabase(options.dataDir);
  const device = ensureDeviceIdentity(db, clock);
  const log = new EventLog(db, device.deviceId, clock);
  const precinct = new PrecinctService(db, log, clock);
  const members = new MembersService(db, log, clock);
  const sessions = new SessionKeeper(clock, () => precinct.settings().autoLockMinutes);
  const auth = new AuthService(db, log, clock, members, sessions);
  const audit = new AuditService(db);
  const central = new SupervisorStore(options.dataDir);
  let lockedByIdle = false;
  // Right after setup or a PIN recovery nobody is logged in, yet the recovery code must be
  // printable: a short grant lets the files operations run until the next login.
  let fileGrantUntil = 0;
  const FILE_GRANT_MS = 15 * 60_000;

  /**
   * Files may be chosen and written by a logged-in member, under the grant above, or in
   * supervisor mode.
   */
  function requireFileAccess(use: 'read' | 'write'): void {
    // Supervisor mode has no member login: its folder's files are the supervisor's to choose.
    if (isSupervisorFolder(options.dataDir)) return;
    const session = sessions.current();
    if (session && !session.mustChangePin) return;
    if (clock.now() < fileGrantUntil) return;
    // Before anyone can log in (first run, or a package loaded and no chair PIN yet) the
    // package file is chosen with the same pickers: choosing and listing only, no writing.
    if (use === 'read' && (!precinct.isSetUp() || chairPinPending(db))) return;
    requireSession();
  }

  const prefs = {
    get(key: string): string | undefined {
      return db
        .prepare<[string], { value: string }>('SELECT value FROM local_prefs WHERE key = ?')
        .get(key)?.value;
    },
    set(key: string, value: string): void {
      db.prepare(
        'INSERT INTO local_prefs (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
  };
  const asLanguage = (value: string | undefined): Language | undefined =>
    LANGUAGES.find((l) => l === value);
  const deviceLanguage = (): Language =>
    asLanguage(prefs.get('device.language')) ?? DEFAULT_LANGUAGE;

  function sessionInfo(session: ActiveSession): SessionInfo {
    const member = members.get(session.memberId);
    return {
      memberId: member.id,
      fullName: member.fullName,
      role: member.role,
      language: asLanguage(prefs.get(`member.${member.id}.language`)) ?? deviceLanguage(),
      permissions: permissionsOf(member.role),
      mustChangePin: session.mustChangePin,
      autoLockMinutes: precinct.settings().autoLockMinutes,
    };
  }

  /** Ends a session that idled past the auto-lock time, recording it, before any operation. */
  function expireIdleSession(): void {
    const expired = sessions.expireIfIdle();
    if (expired) {
      auth.logout('auto_lock', expired);
      lockedByIdle = true;
    }
  }

  function requireSession(...args: Parameters<SessionKeeper['require']>): ActiveSession {
    if (lockedByIdle && !sessions.current()) {
      throw new DomainError('session_locked', 'The app locked itself after a time without input');
    }
    return sessions.require(...args);
  }

  // Work that holds the write transaction across awaits (a list import) runs alone: every
  // other operation waits for it, so nothing else can slip into its transaction.
  let exclusiveWork: Promise<unknown> | null = null;
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (exclusiveWork) await exclusiveWork.catch(() => undefined);
    const running = work();
    exclusiveWork = running;
    try {
      return await running;
    } finally {
      exclusiveWork = null;
    }
  }

  let invalidateSearch: () => void = () => undefined;

  const handlers: ApiHandlers = {
    getAppState: () => {
      const session = sessions.current();
      return {
        // A precinct a package set up stays in setup until its chair has set a PIN.
        setUp: precinct.isSetUp() && !chairPinPending(db),
        precinct: precinct.get(),
        session: session ? sessionInfo(session) : null,
        deviceLanguage: deviceLanguage(),
        host: host.info,
        clock: precinct.clockStatus(DEFAULT_TIME_ZONE),
        mode: isSupervisorFolder(options.dataDir) ? 'supervisor' : 'precinct',
      };
    },
    getClockStatus: () => precinct.clockStatus(DEFAULT_TIME_ZONE),

    completeSetup: async ({ precinct: setup, members: list, chairPin }) => {
      precinct.validateSetup(setup, list);
      const secrets = await auth.newChairSecrets(chairPin);
      db.transaction(() => {
        // Re-checked inside the transaction: two set-ups racing must not both succeed.
        precinct.validateSetup(setup, list);
        const chairInput = list.find((m) => m.role === 'chair');
        if (!chairInput) throw new DomainError('chair_required', 'The commission needs a chair');
        const chairId = members.add(chairInput, null);
        precinct.recordSetup(setup, chairId, 'manual');
        for (const member of list) if (member !== chairInput) members.add(member, chairId);
        auth.storeChairSecrets(chairId, secrets.pinHash, secrets.codeHash, 'initial');
        log.record('clock.confirmed', chairId, {
          ...(() => {
            const status = precinct.clockStatus(setup.timeZone);
            return {
              local_date: status.localDate,
              local_time: status.localTime,
              time_zone: setup.timeZone,
            };
          })(),
        });
      }).immediate();
      fileGrantUntil = clock.now() + FILE_GRANT_MS;
      return { recoveryCode: secrets.code };
    },

    listLoginMembers: () => {
      precinct.require();
      return members.listForLogin();
    },
    login: async ({ memberId, pin }) => {
      precinct.require();
      const previous = sessions.end();
      if (previous) auth.logout('logout', previous);
      const session = await auth.login(memberId, pin);
      lockedByIdle = false;
      fileGrantUntil = 0;
      return sessionInfo(session);
    },
    changeOwnPin: async ({ currentPin, newPin }) => {
      await auth.changeOwnPin(currentPin, newPin);
      const session = sessions.current();
      if (!session) throw new DomainError('not_logged_in', 'No member is logged in');
      return sessionInfo(session);
    },
    recoverChairPin: async ({ memberId, recoveryCode, newPin }) => {
      precinct.require();
      const fresh = await auth.recoverChairPin(memberId, recoveryCode, newPin);
      fileGrantUntil = clock.now() + FILE_GRANT_MS;
      return { recoveryCode: fresh };
    },
    logout: () => {
      auth.logout('logout', sessions.end());
      return null;
    },
    lockSession: ({ reason }) => {
      const ended = sessions.end();
      if (ended) {
        auth.logout(reason === 'idle' ? 'auto_lock' : 'lock', ended);
        lockedByIdle = reason === 'idle';
      }
      return null;
    },
    touchSession: () => {
      // A member still replacing a temporary PIN is active too, so no permission check here.
      if (!sessions.current()) requireSession();
      sessions.touch();
      return null;
    },
    getSession: () => {
      const session = sessions.current();
      return session ? sessionInfo(session) : null;
    },
    confirmClock: () => {
      const session = requireSession('clock.confirm');
      precinct.confirmClock(session.memberId);
      return precinct.clockStatus(DEFAULT_TIME_ZONE);
    },
    setLanguage: ({ language }) => {
      const session = sessions.current();
      prefs.set('device.language', language);
      if (session) prefs.set(`member.${session.memberId}.language`, language);
      return null;
    },

    listMembers: () => {
      requireSession('members.manage');
      return members.list();
    },
    addMember: (input) => members.addMember(input, requireSession('members.manage').memberId),
    replaceMember: ({ memberId, fullName, reason }) =>
      members.replace(memberId, fullName, reason, requireSession('members.manage').memberId),
    deactivateMember: ({ memberId, reason }) => {
      members.deactivate(memberId, reason, requireSession('members.manage').memberId);
      return null;
    },
    resetMemberPin: async ({ memberId }) => {
      const actor = requireSession('members.reset_pin').memberId;
      const temporaryPin = generateTemporaryPin();
      await members.resetPin(memberId, temporaryPin, actor);
      return { temporaryPin };
    },
    getSettings: () => {
      requireSession();
      return precinct.settings();
    },
    updateSettings: (settings) =>
      precinct.updateSettings(settings, requireSession('settings.edit').memberId),

    listAuditEvents: (filter) => {
      const { memberId } = requireSession('audit.read');
      // Health reasons stay with the roles allowed to read them, in the audit log too.
      return hideSensitivePayloads(
        audit.list(filter, precinct.require().timeZone),
        canReadHealth(db, memberId),
      );
    },
    verifyAuditChain: () => {
      requireSession('audit.read');
      return verifyChain(db);
    },

    ...fileHandlers(host, requireFileAccess),
    ...voterHandlers({
      db,
      log,
      clock,
      precinct: () => precinct.require(),
      member: (permission) => requireSession(permission).memberId,
      language: () => {
        const session = sessions.current();
        return session ? sessionInfo(session).language : deviceLanguage();
      },
      exclusive,
      onSearchInvalidator: (invalidate) => {
        invalidateSearch = invalidate;
      },
    }),
    ...infologHandlers({ db, log, clock, precinct, requireSession }),
    ...accommodationHandlers({ db, log, clock, precinct, requireSession }),
    ...syncHandlers({
      db,
      log,
      clock,
      precinct,
      members,
      auth,
      requireSession,
      exclusive,
      grantFileAccess: () => {
        fileGrantUntil = clock.now() + FILE_GRANT_MS;
      },
      listChanged: () => invalidateSearch(),
    }),
    ...supervisorHandlers({ store: central, clock, isPrecinctSetUp: () => precinct.isSetUp() }),
    ...stagingHandlers(options.dataDir),
  };

  // Every operation first ends a session that has idled out (the core's half of auto-lock).
  const guarded = Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (input: unknown) => {
        while (exclusiveWork) await exclusiveWork.catch(() => undefined);
        expireIdleSession();
        return (handler as (i: unknown) => unknown)(input);
      },
    ]),
  ) as ApiHandlers;

  return {
    handlers: guarded,
    db,
    deviceId: device.deviceId,
    close: () => {
      central.close();
      db.close();
    },
  };
}
