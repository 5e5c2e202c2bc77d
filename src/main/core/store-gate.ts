/**
 * The app before its store is open: only the door file (kernel/at-rest) is read. The login
 * screen's operations are served from it, a PIN (or the chair's recovery code) is checked by
 * opening its wrap of the store key, and wrong ones are counted in the door towards the same
 * lockouts as in the store. Every other operation is refused (`store_locked`).
 */
import type { ApiHandlers, AppState, LoginMember, PrecinctInfo } from '@shared/api';
import { DomainError } from '@shared/result';
import { LANGUAGES, ROLES, type Language, type Role } from '@shared/roles';
import type { HostServices } from './boundary/host-services';
import { lockoutDuration, MAX_FAILED_ATTEMPTS } from './features/members/auth-service';
import { normaliseRecoveryCode } from './features/members/secrets';
import { handoverSecret } from './features/sync';
import type { Clock } from './kernel/clock';
import { readDoor, writeDoor, type DoorFile, type WrapKind } from './kernel/at-rest/door-file';
import { boundBeyondReach, openWithSecret } from './kernel/at-rest/door-wraps';
import { localDateTime } from './kernel/time/local-time';
import { supervisorGateHandlers } from './supervisor-gate';
import { clearSecretFailures, countSecretFailure, refuseWhileSecretLocked } from './secret-lockout';

const DEFAULT_TIME_ZONE = 'Asia/Almaty';

export interface GateOptions {
  dataDir: string;
  clock: Clock;
  host: HostServices;
  /** Opens the store with its key; then the full app takes the operation over. */
  unlock(key: Buffer): ApiHandlers;
}

type Handler = (input: never) => unknown;

/** The language screens show before login, as the door keeps it. */
function languageOf(door: DoorFile): Language {
  return LANGUAGES.find((l) => l === door.device_language) ?? 'kk';
}

function roleOf(role: string): Role {
  return ROLES.find((r) => r === role) ?? 'member';
}

/** The handlers a locked store answers with (see above). */
export function lockedHandlers(options: GateOptions): Partial<Record<keyof ApiHandlers, Handler>> {
  const { dataDir, clock, host } = options;
  const door = (): DoorFile => {
    const found = readDoor(dataDir);
    if (!found) throw new DomainError('door_missing', 'The store’s door file is missing');
    return found;
  };
  const precinctOf = (d: DoorFile): PrecinctInfo | null =>
    (d.precinct as PrecinctInfo | null) ?? null;
  const clockStatus = (d: DoorFile) => {
    const timeZone = precinctOf(d)?.timeZone ?? DEFAULT_TIME_ZONE;
    const now = clock.now();
    const local = localDateTime(now, timeZone);
    return {
      nowIso: new Date(now).toISOString(),
      timeZone,
      localDate: local.date,
      localTime: local.time,
      behindLatestEvent: false,
      latestEventAt: null,
      confirmedToday: false,
      overridden: clock.overridden,
    };
  };

  /** One secret check at a time, so parallel guesses cannot outrun the lockout. */
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Opens the store with a member's secret, or counts the failure in the door. */
  const openAs = (memberId: string, kinds: readonly WrapKind[], secret: string) =>
    oneAtATime(async () => {
      const d = door();
      if (d.mode === 'closed' && !kinds.includes('recovery_code')) {
        throw new DomainError('precinct_closed', 'The precinct is closed: review only');
      }
      const member = d.members.find((m) => m.id === memberId && m.active);
      if (!member) throw new DomainError('member_not_found', `No member ${memberId}`);
      const lockout = d.lockouts.find((l) => l.member_id === memberId);
      // The recovery code works during a lockout (its envelope is opened exactly then).
      const recovery = kinds.includes('recovery_code');
      if (!recovery && lockout?.locked_until && lockout.locked_until > clock.now()) {
        throw new DomainError('locked_out', `Member ${memberId} is locked out`, {
          until: new Date(lockout.locked_until).toISOString(),
        });
      }
      if (!recovery && (await boundBeyondReach(d, kinds, memberId))) throw boundRefusal();
      for (const kind of kinds) {
        const key = await openWithSecret(d, kind, memberId, secret);
        if (key) return options.unlock(key);
      }
      throw countDoorFailure(dataDir, d, memberId, clock, kinds.includes('recovery_code'));
    });

  const appState = (): AppState => {
    const d = door();
    return {
      setUp: d.mode === 'precinct' && d.members.some((m) => m.has_pin),
      precinct: precinctOf(d),
      session: null,
      deviceLanguage: languageOf(d),
      host: host.info,
      clock: clockStatus(d),
      mode: d.mode === 'supervisor' ? 'supervisor' : 'precinct',
      closed: d.mode === 'closed',
    };
  };

  const handlers: Partial<Record<keyof ApiHandlers, Handler>> = {
    getAppState: appState,
    getClockStatus: () => clockStatus(door()),
    getSession: () => null,
    logout: () => null,
    lockSession: () => null,
    listLoginMembers: (): LoginMember[] =>
      door()
        .members.filter((m) => m.active)
        .map((m) => ({ id: m.id, fullName: m.name, role: roleOf(m.role), hasPin: m.has_pin })),
    setLanguage: ({ language }: { language: Language }) => {
      writeDoor(dataDir, { ...door(), device_language: language });
      return null;
    },
    login: async (input: { memberId: string; pin: string }) => {
      const full = await openAs(input.memberId, ['pin', 'temporary_pin'], input.pin);
      return full.login(input);
    },
    getPackageState: () => {
      const d = door();
      const pending = d.wraps.some((w) => w.kind === 'handover_code');
      return {
        loaded: d.mode === 'precinct',
        pendingChairPin: pending,
        electionId: null,
        precinctId: null,
        revision: null,
        centralFingerprint: null,
        chairs: pending
          ? d.members
              .filter((m) => m.active && m.role === 'chair')
              .map((m) => ({ memberId: m.id, fullName: m.name }))
          : [],
      };
    },
    // A package loaded before (on the command line, or before the app was restarted) sealed
    // the store with its handover code: the chair's first PIN is set with the code at hand.
    setPackageChairPin: async (input: {
      memberId: string;
      pin: string;
      clockConfirmed: true;
      handoverCode?: string;
    }) => {
      const full = await oneAtATime(async () => {
        const d = door();
        refuseWhileSecretLocked(d, 'handover_code', clock);
        const code = input.handoverCode;
        // No code typed yet is no guess: refused, not counted.
        if (!code) {
          throw new DomainError(
            'wrong_handover_code',
            'The handover code of the package loaded on this laptop opens its store',
          );
        }
        const key = await openWithSecret(d, 'handover_code', null, handoverSecret(code));
        if (!key) throw countSecretFailure(dataDir, d, 'handover_code', clock);
        clearSecretFailures(dataDir, 'handover_code');
        return options.unlock(key);
      });
      return full.setPackageChairPin(input);
    },
    openForReview: async (input: { recoveryCode: string }) => {
      const d = door();
      const code = normaliseRecoveryCode(input.recoveryCode);
      for (const chair of d.members.filter((m) => m.active && m.role === 'chair')) {
        const key = await openWithSecret(d, 'recovery_code', chair.id, code);
        if (key) return options.unlock(key).openForReview(input);
      }
      throw new DomainError('recovery_code_invalid', 'The recovery code is not valid');
    },
    // A supervisor folder's small store opens after the central store's door did.
    ...supervisorGateHandlers({ dataDir, clock, door, unlock: options.unlock }),
    recoverChairPin: async (input: { memberId: string; recoveryCode: string; newPin: string }) => {
      const code = normaliseRecoveryCode(input.recoveryCode);
      const full = await openAs(input.memberId, ['recovery_code'], code);
      return full.recoverChairPin(input);
    },
  };
  return handlers;
}

/**
 * A PIN sealed by an OS keystore this host cannot use: not a wrong PIN (nothing was tried),
 * so nothing is counted; the member logs in in the installed app on that laptop, or the chair
 * uses the recovery code.
 */
export function boundRefusal(): DomainError {
  return new DomainError(
    'pin_bound_to_os_keystore',
    'The PIN is bound to the OS keystore of the laptop and account it was set on',
  );
}

/**
 * Counts a wrong secret of a member in the door while the store is shut: the fifth in a row
 * locks the member out as the store would (features/members), the lockout recorded in the log
 * at the store's next opening. Answers the refusal to throw.
 */
export function countDoorFailure(
  dataDir: string,
  d: DoorFile,
  memberId: string,
  clock: Clock,
  recovery: boolean,
): DomainError {
  const row = d.lockouts.find((l) => l.member_id === memberId) ?? {
    member_id: memberId,
    failed_attempts: 0,
    locked_until: null,
    lockouts: 0,
  };
  const failures = row.failed_attempts + 1;
  const others = d.lockouts.filter((l) => l.member_id !== memberId);
  if (failures >= MAX_FAILED_ATTEMPTS) {
    const duration = lockoutDuration(row.lockouts);
    const until = clock.now() + duration;
    writeDoor(dataDir, {
      ...d,
      lockouts: [
        ...others,
        { ...row, failed_attempts: 0, locked_until: until, lockouts: row.lockouts + 1 },
      ],
      pending_lockouts: [
        ...d.pending_lockouts,
        { member_id: memberId, until, minutes: duration / 60_000 },
      ],
    });
    return new DomainError('locked_out', `Member ${memberId} is locked out`, {
      until: new Date(until).toISOString(),
    });
  }
  writeDoor(dataDir, { ...d, lockouts: [...others, { ...row, failed_attempts: failures }] });
  const attemptsLeft = MAX_FAILED_ATTEMPTS - failures;
  return recovery
    ? new DomainError('recovery_code_invalid', 'The recovery code is not valid', { attemptsLeft })
    : new DomainError('wrong_pin', 'Wrong PIN', { attemptsLeft });
}
