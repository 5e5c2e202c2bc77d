/**
 * Wrong tries of the secrets that seal a store for no member — a loaded package's handover
 * code, a folder's own secret given at `voters import` — counted in the door as a member's
 * wrong PINs are (features/members: five in a row lock for five minutes, doubling each further
 * time), in the app's gate and on the command line alike. While locked, the secret is refused
 * untried (`locked_out`); a right one clears the count. Nothing else changes. These lockouts
 * name no member, so they stay in the door and are not recorded in the store's log.
 */
import { DomainError } from '@shared/result';
import { lockoutDuration, MAX_FAILED_ATTEMPTS } from './features/members/auth-service';
import type { Clock } from './kernel/clock';
import {
  readDoor,
  writeDoor,
  type DoorFile,
  type SealingKind,
  type SecretLockout,
} from './kernel/at-rest/door-file';

function rowOf(door: DoorFile, kind: SealingKind): SecretLockout {
  return (
    door.secret_lockouts.find((l) => l.kind === kind) ?? {
      kind,
      failed_attempts: 0,
      locked_until: null,
      lockouts: 0,
    }
  );
}

function lockedOut(kind: SealingKind, until: number): DomainError {
  return new DomainError('locked_out', `The ${kind.replace('_', ' ')} is locked out`, {
    until: new Date(until).toISOString(),
  });
}

/** Refuses a sealing secret while its lockout lasts (`locked_out`), before it is tried. */
export function refuseWhileSecretLocked(door: DoorFile, kind: SealingKind, clock: Clock): void {
  const until = rowOf(door, kind).locked_until;
  if (until !== null && until > clock.now()) throw lockedOut(kind, until);
}

/**
 * Counts a wrong sealing secret in the door; the fifth in a row locks it. Answers the refusal
 * to throw: `locked_out`, or the secret's own code with the tries left.
 */
export function countSecretFailure(
  dataDir: string,
  door: DoorFile,
  kind: SealingKind,
  clock: Clock,
): DomainError {
  const row = rowOf(door, kind);
  const others = door.secret_lockouts.filter((l) => l.kind !== kind);
  const failures = row.failed_attempts + 1;
  if (failures >= MAX_FAILED_ATTEMPTS) {
    const until = clock.now() + lockoutDuration(row.lockouts);
    writeDoor(dataDir, {
      ...door,
      secret_lockouts: [
        ...others,
        { kind, failed_attempts: 0, locked_until: until, lockouts: row.lockouts + 1 },
      ],
    });
    return lockedOut(kind, until);
  }
  writeDoor(dataDir, {
    ...door,
    secret_lockouts: [...others, { ...row, failed_attempts: failures }],
  });
  const attemptsLeft = MAX_FAILED_ATTEMPTS - failures;
  return kind === 'handover_code'
    ? new DomainError('wrong_handover_code', 'The handover code does not open this store', {
        attemptsLeft,
      })
    : new DomainError('wrong_passphrase', 'That secret does not open this folder', {
        attemptsLeft,
      });
}

/** A right sealing secret clears its count (the door re-read: it is written only if needed). */
export function clearSecretFailures(dataDir: string, kind: SealingKind): void {
  const door = readDoor(dataDir);
  if (!door?.secret_lockouts.some((l) => l.kind === kind)) return;
  writeDoor(dataDir, {
    ...door,
    secret_lockouts: door.secret_lockouts.filter((l) => l.kind !== kind),
  });
}
