import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoreKey, WrongStoreKeyError } from '../db/store-key';
import { openDatabase } from '../db/database';
import { KERNEL_MIGRATIONS } from '../db/migrations';

const MIGRATIONS = KERNEL_MIGRATIONS.filter((part) => part.version === 1);
import { doorPath, readDoor } from './door-file';
import { DoorKeeper } from './door-keeper';
import { openWithSecret } from './door-wraps';
import {
  newStoreKey,
  unwrapWithPrivateKey,
  unwrapWithSecret,
  wrapToPublicKey,
  wrapWithSecret,
} from './key-wrap';
import { finishConversions } from './plain-store';
import { prepareStoreFolder } from './store-door';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'at-rest-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const COST = 12;

describe('key wraps', () => {
  it('a secret wrap opens with its secret and label only', async () => {
    const key = newStoreKey();
    const wrap = await wrapWithSecret(key, '481516', 'pin:a', COST);
    expect((await unwrapWithSecret(wrap, '481516', 'pin:a'))?.equals(key)).toBe(true);
    expect(await unwrapWithSecret(wrap, '481517', 'pin:a')).toBeNull();
    expect(await unwrapWithSecret(wrap, '481516', 'pin:b')).toBeNull();
  });

  it('the commission’s wrap opens with the central private key only', () => {
    const key = newStoreKey();
    const central = generateKeyPairSync('x25519');
    const other = generateKeyPairSync('x25519');
    const publicKey = central.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const wrap = wrapToPublicKey(key, publicKey);
    const pem = (k: typeof central) =>
      k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(unwrapWithPrivateKey(wrap, pem(central))?.equals(key)).toBe(true);
    expect(unwrapWithPrivateKey(wrap, pem(other))).toBeNull();
  });
});

describe('a precinct folder at rest', () => {
  it('a new folder is private, its store encrypted, and sealing by a PIN locks it', async () => {
    const dir = folder();
    const state = prepareStoreFolder(dir);
    expect(state.kind).toBe('open');
    if (state.kind !== 'open') return;
    const db = openDatabase(dir, MIGRATIONS, state.key);
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('ZHANDOSOV 880101300123')");
    const keeper = new DoorKeeper(dir, db, state.key, state.door, COST);
    await keeper.addSecrets([
      { kind: 'pin', memberId: 'chair', secret: '481516' },
      { kind: 'recovery_code', memberId: 'chair', secret: 'ABCD-EFGH' },
    ]);
    db.close();
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(dir))
        expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    }
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name));
      expect(bytes.includes('ZHANDOSOV')).toBe(false);
      expect(bytes.includes('880101300123')).toBe(false);
    }
    const again = prepareStoreFolder(dir);
    expect(again.kind).toBe('locked');
    const door = readDoor(dir);
    if (!door) throw new Error('no door');
    expect(door.open_key).toBeNull();
    expect(await openWithSecret(door, 'pin', 'chair', '000000')).toBeNull();
    expect(await openWithSecret(door, 'recovery_code', 'chair', '481516')).toBeNull();
    // The key that stood in the door before sealing no longer opens the store.
    const stale = new Database(join(dir, 'precinct.db'));
    expect(() => applyStoreKey(stale, state.key)).toThrow(WrongStoreKeyError);
    stale.close();
    const key = await openWithSecret(door, 'pin', 'chair', '481516');
    expect(key).not.toBeNull();
    const reopened = openDatabase(dir, MIGRATIONS, key);
    expect(reopened.prepare('SELECT x FROM t').get()).toEqual({ x: 'ZHANDOSOV 880101300123' });
    reopened.close();
  });

  it('closing keeps only the recovery code’s wrap', async () => {
    const dir = folder();
    const state = prepareStoreFolder(dir);
    if (state.kind !== 'open') throw new Error('locked');
    const db = openDatabase(dir, MIGRATIONS, state.key);
    const keeper = new DoorKeeper(dir, db, state.key, state.door, COST);
    await keeper.addSecrets([
      { kind: 'pin', memberId: 'chair', secret: '481516' },
      { kind: 'recovery_code', memberId: 'chair', secret: 'ABCD-EFGH' },
      { kind: 'temporary_pin', memberId: 'clerk', secret: '739182', expiresAt: 1 },
    ]);
    await keeper.closePrecinct();
    db.close();
    const door = readDoor(dir);
    if (!door) throw new Error('no door');
    expect(door.mode).toBe('closed');
    expect(await openWithSecret(door, 'pin', 'chair', '481516')).toBeNull();
    expect(await openWithSecret(door, 'temporary_pin', 'clerk', '739182')).toBeNull();
    expect(await openWithSecret(door, 'recovery_code', 'chair', 'ABCD-EFGH')).not.toBeNull();
  });

  it('a plain folder of the previous format is encrypted in place at its first opening', () => {
    const dir = folder();
    const plain = new Database(join(dir, 'precinct.db'));
    plain.pragma('journal_mode = WAL');
    plain.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('ZHANDOSOV')");
    plain.pragma('user_version = 5');
    plain.close();
    writeFileSync(join(dir, 'precinct.db.v4.bak'), readFileSync(join(dir, 'precinct.db')));
    const state = prepareStoreFolder(dir);
    if (state.kind !== 'open') throw new Error('locked');
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).includes('ZHANDOSOV')).toBe(false);
    }
    const db = new Database(join(dir, 'precinct.db'));
    applyStoreKey(db, state.key);
    expect(db.prepare('SELECT x FROM t').get()).toEqual({ x: 'ZHANDOSOV' });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.close();
    expect(existsSync(doorPath(dir))).toBe(true);
  });

  it('a conversion killed after the plain store was set aside finishes at the next opening', () => {
    const dir = folder();
    const plain = new Database(join(dir, 'precinct.db'));
    plain.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('ZHANDOSOV')");
    plain.close();
    const key = newStoreKey();
    // As the conversion leaves it between its two renames.
    const copy = join(dir, '.precinct.db.converting');
    writeFileSync(copy, readFileSync(join(dir, 'precinct.db')));
    const enc = new Database(copy);
    enc.pragma(`cipher = 'sqlcipher'`);
    enc.pragma('legacy = 4');
    enc.pragma(`rekey = "x'${key.toString('hex')}'"`);
    enc.close();
    writeFileSync(join(dir, '.precinct.db.plain-old'), readFileSync(join(dir, 'precinct.db')));
    rmSync(join(dir, 'precinct.db'));
    finishConversions(dir);
    expect(readdirSync(dir)).toEqual(['precinct.db']);
    const db = new Database(join(dir, 'precinct.db'));
    applyStoreKey(db, key);
    expect(db.prepare('SELECT x FROM t').get()).toEqual({ x: 'ZHANDOSOV' });
    db.close();
  });
});
