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
    sealed: store ? store.seal(Buffer.from(wrap.sealed, 'base64')).toString('base64') : wrap.sealed,
    os_keystore: store !== null,
    kind: known.kind,
    member_id: known.memberId,
    expires_at: known.expiresAt ?? null,
    key_check: keyCheck(key),
  };
}

/**
 * The key a secret opens among the door's wraps of that kind and member (and those of a seal
 * under way), or null. A wrap sealed by an OS keystore this host lacks opens nothing.
 */
export async function openWithSecret(
  door: DoorFile,
  kind: WrapKind,
  memberId: string | null,
  secret: string,
): Promise<Buffer | null> {
  const candidates = [...door.wraps, ...(door.sealing?.wraps ?? [])].filter(
    (w) => w.kind === kind && w.member_id === memberId,
  );
  for (const wrap of candidates) {
    let sealed = wrap.sealed;
    if (wrap.os_keystore) {
      const store = osKeystore();
      if (!store) continue;
      try {
        sealed = store.open(Buffer.from(sealed, 'base64')).toString('base64');
      } catch {
        continue;
      }
    }
    const key = await unwrapWithSecret({ ...wrap, sealed }, secret, labelOf(kind, memberId));
    if (key && keyCheck(key) === wrap.key_check) return key;
  }
  return null;
}
