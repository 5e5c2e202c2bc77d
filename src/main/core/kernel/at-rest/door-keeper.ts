/**
 * The open store's side of the door: it knows the store key, adds and drops the wraps as
 * secrets are set, keeps the door's names, roles and lockouts in step with the store, seals a
 * store no secret protected yet, and closes a precinct for good.
 *
 * Sealing (the first secret of a store that opened without one) changes the key, because the
 * old one stood in the door in clear: the next key's wraps are written to the door first
 * (`sealing`), then the store is rekeyed (one SQLite transaction), then the door drops the old
 * key. A kill before the rekey commits leaves the old key working (the next key's wraps are
 * dropped at the next opening); a kill after it leaves the new key's wraps to open it.
 */
import {
  keyCheck,
  writeDoor,
  type DoorFile,
  type DoorLockout,
  type DoorMember,
  type WrapKind,
} from './door-file';
import { makeWrap, type KnownSecret } from './door-wraps';
import {
  newStoreKey,
  unwrapWithKey,
  WRAP_COST_LOG2,
  wrapToPublicKey,
  wrapWithKey,
} from './key-wrap';
import type { Db } from '../db/database';
import { rekeyStore } from '../db/store-key';

/** What the door says of the store, from the store (composed by the context). */
export interface DoorFacts {
  mode: 'new' | 'precinct' | 'supervisor';
  precinct: Record<string, unknown> | null;
  deviceLanguage: string | null;
  members: DoorMember[];
  lockouts: DoorLockout[];
  /** The central commission's X25519 public key (base64 SPKI), once a package brought it. */
  centralKey: string | null;
}

/** What the services that set secrets need of the door. */
export interface SecretDoor {
  addSecrets(
    secrets: readonly KnownSecret[],
    drop?: readonly { kind: WrapKind; memberId: string | null }[],
  ): Promise<void>;
  hasWrap(kind: WrapKind, memberId: string | null): boolean;
}

export class DoorKeeper implements SecretDoor {
  private door: DoorFile;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly db: Db,
    private key: Buffer,
    door: DoorFile,
    /** scrypt's cost for new wraps (tests lower it; the wrap records it). */
    private readonly costLog2: number = WRAP_COST_LOG2,
  ) {
    this.door = settle(door, key);
    if (JSON.stringify(this.door) !== JSON.stringify(door)) writeDoor(dataDir, this.door);
  }

  /** The door as it stands. */
  snapshot(): DoorFile {
    return this.door;
  }

  /** A secret protects the store (it no longer opens without one). */
  get sealed(): boolean {
    return this.door.open_key === null;
  }

  get closed(): boolean {
    return this.door.mode === 'closed';
  }

  hasWrap(kind: WrapKind, memberId: string | null): boolean {
    return this.door.wraps.some((w) => w.kind === kind && w.member_id === memberId);
  }

  /**
   * Wraps the key for each secret (replacing that kind's wrap of the same member) and drops
   * the wraps of `drop`; seals a store that opened without a secret. Runs one at a time.
   */
  addSecrets(
    secrets: readonly KnownSecret[],
    drop: readonly { kind: WrapKind; memberId: string | null }[] = [],
  ): Promise<void> {
    return this.oneAtATime(async () => {
      if (this.closed) return;
      if (!this.sealed && this.door.mode !== 'supervisor') {
        await this.seal(secrets);
        return;
      }
      const made = await Promise.all(secrets.map((s) => makeWrap(this.key, s, this.costLog2)));
      const replaced = (w: { kind: WrapKind; member_id: string | null }) =>
        [...drop, ...secrets].some((s) => s.kind === w.kind && s.memberId === w.member_id);
      this.write({
        ...this.door,
        wraps: [...this.door.wraps.filter((w) => !replaced(w)), ...made],
      });
    });
  }

  /** Drops wraps of the given kinds (of one member, or every member's). */
  dropWraps(kinds: readonly WrapKind[], memberId?: string): Promise<void> {
    return this.oneAtATime(() => {
      const wraps = this.door.wraps.filter(
        (w) => !(kinds.includes(w.kind) && (memberId === undefined || w.member_id === memberId)),
      );
      if (wraps.length !== this.door.wraps.length) this.write({ ...this.door, wraps });
      return Promise.resolve();
    });
  }

  /** Brings the door's names, roles, lockouts and commission wrap in step with the store. */
  update(facts: DoorFacts): void {
    const active = new Set(facts.members.filter((m) => m.active).map((m) => m.id));
    const central =
      facts.centralKey === null ? this.door.central_wrap : this.commissionWrap(facts.centralKey);
    const next: DoorFile = {
      ...this.door,
      mode: this.closed ? 'closed' : facts.mode,
      precinct: facts.precinct,
      device_language: facts.deviceLanguage,
      members: facts.members,
      lockouts: facts.lockouts,
      // A member no longer active opens nothing.
      wraps: this.door.wraps.filter((w) => w.member_id === null || active.has(w.member_id)),
      central_wrap: central,
    };
    if (JSON.stringify(next) !== JSON.stringify(this.door)) this.write(next);
  }

  /**
   * Wraps the store key for the commission's public key (base64 SPKI), unless the door holds
   * that wrap already: a package load does so before it commits.
   */
  wrapForCommission(centralKey: string): void {
    const central = this.commissionWrap(centralKey);
    if (central !== this.door.central_wrap) this.write({ ...this.door, central_wrap: central });
  }

  /** The door's commission wrap when it is to this key and opens this store; else a new one. */
  private commissionWrap(centralKey: string): NonNullable<DoorFile['central_wrap']> {
    const held = this.door.central_wrap;
    return held?.to === centralKey && held.key_check === keyCheck(this.key)
      ? held
      : { ...wrapToPublicKey(this.key, centralKey), key_check: keyCheck(this.key) };
  }

  /** Lockouts counted while the store was shut, to be recorded now; cleared from the door. */
  takePendingLockouts(): DoorFile['pending_lockouts'] {
    const pending = this.door.pending_lockouts;
    if (pending.length > 0) this.write({ ...this.door, pending_lockouts: [] });
    return pending;
  }

  /**
   * Closes the precinct: every wrap but the recovery code's and the commission's is destroyed,
   * and the folder opens read-only for review from then on.
   */
  closePrecinct(): Promise<void> {
    return this.oneAtATime(() => {
      this.write({
        ...this.door,
        mode: 'closed',
        wraps: this.door.wraps.filter((w) => w.kind === 'recovery_code'),
        lockouts: [],
      });
      return Promise.resolve();
    });
  }

  /**
   * Seals a supervisor folder's store by the central store's key (central.db's, known once a
   * supervisor's passphrase opened it): the store then opens only after the central store
   * did. A store that still opens with the key in the door is rekeyed first, as a secret's
   * seal does (the next key's wrap, the rekey, then the old key dropped).
   */
  sealByCentralKey(centralKey: Buffer): Promise<void> {
    return this.oneAtATime(() => {
      const wrapOf = (key: Buffer) => ({
        ...wrapWithKey(key, centralKey, SUPERVISOR_LABEL),
        key_check: keyCheck(key),
      });
      if (this.sealed) {
        const wrap = this.door.supervisor_wrap;
        const opens =
          wrap !== null && unwrapWithKey(wrap, centralKey, SUPERVISOR_LABEL)?.equals(this.key);
        if (!opens || this.door.mode !== 'supervisor') {
          this.write({ ...this.door, mode: 'supervisor', supervisor_wrap: wrapOf(this.key) });
        }
        return Promise.resolve();
      }
      const next = newStoreKey();
      // The door says supervisor from now on: before a passphrase, only its mode is read.
      this.write({ ...this.door, mode: 'supervisor', supervisor_wrap: wrapOf(next) });
      rekeyStore(this.db, next);
      this.key = next;
      this.write({ ...this.door, open_key: null, key_check: keyCheck(next), sealing: null });
      return Promise.resolve();
    });
  }

  private async seal(secrets: readonly KnownSecret[]): Promise<void> {
    const next = newStoreKey();
    const wraps = await Promise.all(secrets.map((s) => makeWrap(next, s, this.costLog2)));
    this.write({ ...this.door, sealing: { key_check: keyCheck(next), wraps } });
    rekeyStore(this.db, next);
    this.key = next;
    const central = this.door.central_wrap;
    this.write({
      ...this.door,
      open_key: null,
      key_check: keyCheck(next),
      wraps,
      sealing: null,
      central_wrap: central && { ...wrapToPublicKey(next, central.to), key_check: keyCheck(next) },
    });
  }

  private write(door: DoorFile): void {
    writeDoor(this.dataDir, door);
    this.door = door;
  }

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** What a supervisor folder's store key wrap is bound to. */
export const SUPERVISOR_LABEL = 'precinct-desk supervisor folder store key';

/**
 * The key a supervisor folder's door seals by the central store's key, or null (no such wrap,
 * or another central key).
 */
export function supervisorStoreKey(door: DoorFile, centralKey: Buffer): Buffer | null {
  const wrap = door.supervisor_wrap;
  const key = wrap && unwrapWithKey(wrap, centralKey, SUPERVISOR_LABEL);
  return key && keyCheck(key) === wrap.key_check ? key : null;
}

/**
 * The door as the store opened with `key` has it: a seal the store already took is finished
 * (the old key dropped), one it did not take is dropped, and wraps of another key go.
 */
function settle(door: DoorFile, key: Buffer): DoorFile {
  const check = keyCheck(key);
  const openKey = door.open_key ? Buffer.from(door.open_key, 'base64') : null;
  const supervisorWrap = door.supervisor_wrap?.key_check === check ? door.supervisor_wrap : null;
  if (openKey && keyCheck(openKey) === check) {
    return {
      ...door,
      sealing: null,
      supervisor_wrap: supervisorWrap,
      wraps: door.wraps.filter((w) => w.key_check === check),
    };
  }
  const wraps = [...door.wraps, ...(door.sealing?.wraps ?? [])].filter(
    (w) => w.key_check === check,
  );
  return {
    ...door,
    open_key: null,
    key_check: check,
    sealing: null,
    supervisor_wrap: supervisorWrap,
    wraps,
  };
}
