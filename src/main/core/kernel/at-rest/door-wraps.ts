/** Making and trying the door's wraps (door-file.ts) with a secret. */
import { keyCheck, type DoorFile, type DoorWrap, type WrapKind } from './door-file';
import { unwrapWithSecret, wrapWithSecret } from './key-wrap';
import { osKeystore } from './os-keystore';

/** What a wrap's encryption is bound to: its kind and member, so a wrap cannot be moved. */
function labelOf(kind: WrapKind, memberId: string | null): string {
  return `precinct-desk ${kind}:${memberId ?? ''}`;
}

/** Which wraps the OS keystore seals too: those of PINs, the short secrets. */
const BOUND_KINDS: readonly WrapKind[] = ['pin', 'temporary_pin'];

export interface KnownSecret {
  kind: WrapKind;
  memberId: string | null;
  secret: string;
  /** A temporary PIN's end (ms). */
  expiresAt?: number | null;
}

/** Wraps `key` for a secret. */
export async function makeWrap(
  key: Buffer,
  known: KnownSecret,
  costLog2?: number,
): Promise<DoorWrap> {
  const wrap = await wrapWithSecret(
    key,
    known.secret,
    labelOf(known.kind, known.memberId),
    costLog2,
  );
  const store = BOUND_KINDS.includes(known.kind) ? osKeystore() : null;
  return {
    ...wrap,
    sealed: store
      ? (await store.seal(Buffer.from(wrap.sealed, 'base64'))).toString('base64')
      : wrap.sealed,
    os_keystore: store !== null,
    kind: known.kind,
    member_id: known.memberId,
    expires_at: known.expiresAt ?? null,
    key_check: keyCheck(key),
  };
}

/** The door's wraps of a kind and member, with those of a seal under way. */
function candidatesOf(door: DoorFile, kind: WrapKind, memberId: string | null): DoorWrap[] {
  return [...door.wraps, ...(door.sealing?.wraps ?? [])].filter(
    (w) => w.kind === kind && w.member_id === memberId,
  );
}

/** A wrap's sealed key as the secret's stretching opens it: its OS keystore's seal removed. */
async function unsealedOf(wrap: DoorWrap): Promise<string | null> {
  if (!wrap.os_keystore) return wrap.sealed;
  const store = osKeystore();
  if (!store) return null;
  try {
    return (await store.open(Buffer.from(wrap.sealed, 'base64'))).toString('base64');
  } catch {
    return null;
  }
}

/**
 * Whether a member's wraps of these kinds exist but every one was sealed by an OS keystore
 * this host cannot use (none here: the command line, the Chromium host; or another machine's
 * or account's). Then no PIN can be checked here: the caller refuses with
 * `pin_bound_to_os_keystore`, counting nothing. Trying a keystore costs no stretching.
 */
export async function boundBeyondReach(
  door: DoorFile,
  kinds: readonly WrapKind[],
  memberId: string | null,
): Promise<boolean> {
  const wraps = kinds.flatMap((kind) => candidatesOf(door, kind, memberId));
  if (wraps.length === 0 || wraps.some((w) => !w.os_keystore)) return false;
  for (const wrap of wraps) if ((await unsealedOf(wrap)) !== null) return false;
  return true;
}

/**
 * The key a secret opens among the door's wraps of that kind and member (and those of a seal
 * under way), or null. A wrap sealed by an OS keystore this host cannot use opens nothing
 * (`boundBeyondReach` tells that case apart).
 */
export async function openWithSecret(
  door: DoorFile,
  kind: WrapKind,
  memberId: string | null,
  secret: string,
): Promise<Buffer | null> {
  for (const wrap of candidatesOf(door, kind, memberId)) {
    const sealed = await unsealedOf(wrap);
    if (sealed === null) continue;
    const key = await unwrapWithSecret({ ...wrap, sealed }, secret, labelOf(kind, memberId));
    if (key && keyCheck(key) === wrap.key_check) return key;
  }
  return null;
}
