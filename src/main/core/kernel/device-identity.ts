import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import type { Db } from './db/database';
import { cachedStatement } from './db/statement-cache';
import { EventLog } from './events/event-log';
import type { EventRegistry } from './events/registry';

export interface DeviceIdentity {
  deviceId: string;
  publicKeyPem: string;
}

/**
 * This laptop's identity: a random device id and an Ed25519 key pair, made at first start.
 * The private key stays in the local database; the public key is recorded in the log so that
 * files this device signs can later be checked by whoever holds its events.
 */
export function ensureDeviceIdentity(
  db: Db,
  clock: Clock,
  registry: EventRegistry,
): DeviceIdentity {
  const existing = readDeviceIdentity(db);
  if (existing) return existing;

  const deviceId = randomUUID();
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO device (id, device_id, public_key_pem, private_key_pem, created_at)
       VALUES (1, ?, ?, ?, ?)`,
    ).run(deviceId, publicKeyPem, privateKeyPem, new Date(clock.now()).toISOString());
    new EventLog(db, deviceId, clock, registry).record('device.initialized', null, {
      device_id: deviceId,
      public_key_pem: publicKeyPem,
    });
  }).immediate();
  return { deviceId, publicKeyPem };
}

/** This laptop's identity when it has one; never makes one (works on a read-only database). */
export function readDeviceIdentity(db: Db): DeviceIdentity | null {
  const row = db
    .prepare<[], { device_id: string; public_key_pem: string }>(
      'SELECT device_id, public_key_pem FROM device WHERE id = 1',
    )
    .get();
  return row ? { deviceId: row.device_id, publicKeyPem: row.public_key_pem } : null;
}

/**
 * Whether an event is this laptop's own: the commission's members, settings and clock as this
 * laptop keeps them follow only its own events, never another laptop's file.
 */
export function isOwnEvent(db: Db, event: { deviceId: string }): boolean {
  const own = cachedStatement(db, 'SELECT device_id FROM device WHERE id = 1').get() as
    { device_id: string } | undefined;
  if (own?.device_id === event.deviceId) return true;
  // A laptop restored from a backup keeps the laptop it replaced as its own past.
  const restored = cachedStatement(db, 'SELECT value FROM local_prefs WHERE key = ?').get(
    RESTORED_FROM_PREF,
  ) as { value: string } | undefined;
  return restored !== undefined && restoredDevices(restored.value).includes(event.deviceId);
}

/** The local preference naming the devices a restored laptop replaced (a JSON array of ids). */
export const RESTORED_FROM_PREF = 'device.restored_from';

function restoredDevices(value: string): string[] {
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}
