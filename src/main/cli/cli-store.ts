/**
 * A precinct folder opened for a command (docs/command-line.md, "Secrets"): as it stands while
 * no secret seals it; else with `--member NAME` and that member's PIN (`--secret-file` or the
 * prompt), recorded as the actor; or, until a member has set a PIN there, the secret that
 * seals it — the handover code (`--code-file`) of a package loaded on the command line, or the
 * folder's own secret (`--secret-file`) given at `voters import`. A wrong secret is refused
 * (exit 2) before anything is opened, and a wrong PIN counts towards the member's lockout.
 */
import type { Permission } from '@shared/roles';
import type { CoreContext } from '../core/context';
import { SCHEMA_VERSION } from '../core/feature-list';
import { can } from '../core/kernel/permissions';
import { handoverSecret } from '../core/features/sync';
import { DomainError } from '@shared/result';
import {
  readDoor,
  type DoorFile,
  type DoorMember,
  type SealingKind,
} from '../core/kernel/at-rest/door-file';
import { openExistingDatabase, type Db } from '../core/kernel/db/database';
import { WrongStoreKeyError } from '../core/kernel/db/store-key';
import { boundBeyondReach, openWithSecret } from '../core/kernel/at-rest/door-wraps';
import { peekStore, prepareStoreFolder } from '../core/kernel/at-rest/store-door';
import { systemClock } from '../core/kernel/clock';
import { normaliseRecoveryCode } from '../core/features/members/secrets';
import {
  clearSecretFailures,
  countSecretFailure,
  refuseWhileSecretLocked,
} from '../core/secret-lockout';
import { countDoorFailure } from '../core/store-gate';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { openCliContext } from './cli-context';
import { Refusal, type CliOutput } from './command';
import { handoverCodeOf } from './handover-code-input';
import { secretOf } from './secret-input';

/** A folder's secret given at `voters import` is at least this long. */
export const MIN_FOLDER_SECRET = 6;

export interface OpenedFolder {
  ctx: CoreContext;
  /** The member who opened it (`--member`), or null: recorded as no one, as before PINs. */
  actor: string | null;
}

/** Opens the folder's store for a command (see above); the caller closes `ctx`. */
export async function openPrecinctFolder(
  dataDir: string,
  args: ParsedArgs,
  output: CliOutput,
  /** A handover code the command already read (package load), so it is not asked twice. */
  knownCode?: string,
): Promise<OpenedFolder> {
  const state = prepareStoreFolder(dataDir, SCHEMA_VERSION);
  if (state.kind === 'open') {
    try {
      const ctx = openCliContext(dataDir, state);
      return { ctx, actor: memberOf(ctx, args) };
    } catch (error) {
      // A seal the store took before its door dropped the old key: its secrets open it.
      if (!(error instanceof WrongStoreKeyError && state.door.sealing)) throw error;
    }
  }
  const { key, actor } = await unlock(dataDir, state.door, args, output, knownCode);
  // The door as the unlock left it (a count it cleared).
  return { ctx: openCliContext(dataDir, { key, door: readDoor(dataDir) ?? state.door }), actor };
}

/** A member named on an open store (its members' PINs then do not seal it yet). */
function memberOf(ctx: CoreContext, args: ParsedArgs): string | null {
  const name = stringOption(args, 'member');
  if (name === undefined) return null;
  const found = ctx.members.listForLogin().find((m) => m.id === name || m.fullName === name);
  if (!found) throw new UsageError(`no active member "${name}" in this folder`);
  return found.id;
}

/**
 * Whether the door holds a wrap of a folder-wide secret (the handover code, the folder's own),
 * counting a seal under way (its wraps may be the only ones that open the store).
 */
export function hasSecretWrap(door: DoorFile, kind: 'handover_code' | 'folder_secret'): boolean {
  return [...door.wraps, ...(door.sealing?.wraps ?? [])].some((w) => w.kind === kind);
}

async function unlock(
  dataDir: string,
  door: DoorFile,
  args: ParsedArgs,
  output: CliOutput,
  knownCode: string | undefined,
): Promise<{ key: Buffer; actor: string | null }> {
  const name = stringOption(args, 'member');
  if (name !== undefined) {
    const member = door.members.find((m) => m.active && (m.id === name || m.name === name));
    if (!member) throw new UsageError(`no active member "${name}" in this folder`);
    return { key: await unlockAsMember(dataDir, door, member, args, output), actor: member.id };
  }
  const sealedBy = (kind: 'handover_code' | 'folder_secret') => hasSecretWrap(door, kind);
  if (sealedBy('handover_code')) {
    refuseLockedSecret(door, 'handover_code');
    const code = knownCode ?? (await handoverCodeOf(args, output));
    return {
      key: await unlockBySecret(dataDir, door, 'handover_code', handoverSecret(code)),
      actor: null,
    };
  }
  if (sealedBy('folder_secret')) {
    refuseLockedSecret(door, 'folder_secret');
    const secret = await secretOf(args, output, 'The folder’s secret: ');
    return { key: await unlockBySecret(dataDir, door, 'folder_secret', secret), actor: null };
  }
  if (door.mode === 'closed') {
    throw new Refusal(
      'precinct_closed',
      'precinct_closed: the precinct is closed; review it in the app',
    );
  }
  throw new UsageError(
    'the folder is sealed by its members’ PINs: give --member NAME and --secret-file FILE (or type the PIN)',
  );
}

/**
 * The key a member's secret opens: the member's PIN, or the chair's recovery code (told apart
 * by its shape: 16 characters, where a PIN has 6 to 12 digits). A wrong one counts towards
 * the member's lockout; a PIN is refused untried while the member is locked out, and where its
 * wrap is sealed by an OS keystore this host has not (`pin_bound_to_os_keystore`, not
 * counted); the recovery code works during a lockout, as in the app.
 */
async function unlockAsMember(
  dataDir: string,
  door: DoorFile,
  member: DoorMember,
  args: ParsedArgs,
  output: CliOutput,
): Promise<Buffer> {
  const chair = member.role === 'chair';
  const typed = await secretOf(
    args,
    output,
    chair ? `PIN (or recovery code) of ${member.name}: ` : `PIN of ${member.name}: `,
  );
  const recovery = chair && isRecoveryCodeShape(typed);
  if (recovery) {
    const key = await openWithSecret(
      door,
      'recovery_code',
      member.id,
      normaliseRecoveryCode(typed),
    );
    if (key) return key;
  } else {
    const lockout = door.lockouts.find((l) => l.member_id === member.id);
    if (lockout?.locked_until && lockout.locked_until > systemClock.now()) {
      throw new Refusal(
        'locked_out',
        `locked_out: ${member.name} is locked out until ${new Date(lockout.locked_until).toISOString()}`,
      );
    }
    const kinds = ['pin', 'temporary_pin'] as const;
    if (await boundBeyondReach(door, kinds, member.id)) {
      throw new Refusal(
        'pin_bound_to_os_keystore',
        `pin_bound_to_os_keystore: ${member.name}'s PIN is bound to the OS keystore of the installed app on the laptop and account it was set on; log in there${chair ? ', or give the recovery code in --secret-file' : ''}; nothing was counted or opened`,
      );
    }
    for (const kind of kinds) {
      const key = await openWithSecret(door, kind, member.id, typed);
      if (key) return key;
    }
  }
  const refused = countDoorFailure(dataDir, door, member.id, systemClock, recovery);
  throw new Refusal(refused.code, `${refused.code}: ${refused.message}; nothing was opened`);
}

/** A recovery code as typed: 16 letters and digits, in groups or not. */
function isRecoveryCodeShape(typed: string): boolean {
  return /^[A-Z0-9]{16}$/.test(typed.toUpperCase().replace(/[\s-]/g, ''));
}

/** Refuses a sealing secret while the door has it locked out (exit 2, nothing asked). */
function refuseLockedSecret(door: DoorFile, kind: SealingKind): void {
  try {
    refuseWhileSecretLocked(door, kind, systemClock);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new Refusal(error.code, `${error.code}: ${error.message}; nothing was opened`);
  }
}

/** The key a sealing secret opens; a wrong one counts towards its lockout in the door. */
async function unlockBySecret(
  dataDir: string,
  door: DoorFile,
  kind: SealingKind,
  secret: string,
): Promise<Buffer> {
  const key = await openWithSecret(door, kind, null, secret);
  if (key) {
    clearSecretFailures(dataDir, kind);
    return key;
  }
  const refused = countSecretFailure(dataDir, door, kind, systemClock);
  const what =
    refused.code === 'locked_out'
      ? `locked_out: too many wrong tries: ${refused.message}`
      : kind === 'handover_code'
        ? 'wrong_handover_code: the handover code does not open this folder'
        : 'wrong_passphrase: that secret does not open this folder';
  throw new Refusal(refused.code, `${what}; nothing was opened`);
}

/**
 * A folder's store opened read-only with the secret it needs (as `openPrecinctFolder` asks
 * for it), changing nothing; null when the folder holds no store (before any prompt).
 */
export async function openExistingStore(
  dataDir: string,
  args: ParsedArgs,
  output: CliOutput,
): Promise<{ db: Db; actor: string | null } | null> {
  const found = peekStore(dataDir);
  if (found === null) return null;
  if (found !== 'sealed') return { db: found, actor: null };
  const door = readDoor(dataDir);
  if (!door) throw new Refusal('door_missing', `door_missing: ${dataDir} has no door file`);
  const { key, actor } = await unlock(dataDir, door, args, output, undefined);
  const db = openExistingDatabase(dataDir, key);
  if (!db) return null;
  return { db, actor };
}

/** Refuses a member who may not do what a command does (exit 2, nothing opened further). */
export function requireMemberPermission(
  ctx: CoreContext,
  actor: string | null,
  permission: Permission,
): void {
  if (actor === null) return;
  if (!can(ctx.auth.roleOf(actor), permission)) {
    throw new Refusal('forbidden', `forbidden: this member may not do that (${permission})`);
  }
}
