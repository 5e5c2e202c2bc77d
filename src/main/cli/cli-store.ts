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
import { readDoor, type DoorFile } from '../core/kernel/at-rest/door-file';
import { openExistingDatabase, type Db } from '../core/kernel/db/database';
import { WrongStoreKeyError } from '../core/kernel/db/store-key';
import { openWithSecret } from '../core/kernel/at-rest/door-wraps';
import { peekStore, prepareStoreFolder } from '../core/kernel/at-rest/store-door';
import { systemClock } from '../core/kernel/clock';
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
  return { ctx: openCliContext(dataDir, { key, door: state.door }), actor };
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
    const lockout = door.lockouts.find((l) => l.member_id === member.id);
    if (lockout?.locked_until && lockout.locked_until > systemClock.now()) {
      throw new Refusal(
        'locked_out',
        `locked_out: ${member.name} is locked out until ${new Date(lockout.locked_until).toISOString()}`,
      );
    }
    const pin = await secretOf(args, output, `PIN of ${member.name}: `);
    for (const kind of ['pin', 'temporary_pin'] as const) {
      const key = await openWithSecret(door, kind, member.id, pin);
      if (key) return { key, actor: member.id };
    }
    const refused = countDoorFailure(dataDir, door, member.id, systemClock, false);
    throw new Refusal(refused.code, `${refused.code}: ${refused.message}; nothing was opened`);
  }
  const sealedBy = (kind: 'handover_code' | 'folder_secret') => hasSecretWrap(door, kind);
  if (sealedBy('handover_code')) {
    const code = knownCode ?? (await handoverCodeOf(args, output));
    const key = await openWithSecret(door, 'handover_code', null, handoverSecret(code));
    if (!key) {
      throw new Refusal(
        'wrong_handover_code',
        'wrong_handover_code: the handover code does not open this folder; nothing was opened',
      );
    }
    return { key, actor: null };
  }
  if (sealedBy('folder_secret')) {
    const secret = await secretOf(args, output, 'The folder’s secret: ');
    const key = await openWithSecret(door, 'folder_secret', null, secret);
    if (!key) {
      throw new Refusal(
        'wrong_passphrase',
        'wrong_passphrase: that secret does not open this folder; nothing was opened',
      );
    }
    return { key, actor: null };
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
