import { canonicalJson } from '../../src/main/core/kernel/events/canonical-json';
import { eventHash, GENESIS_HASH } from '../../src/main/core/kernel/events/event-hash';
import type { EventRow } from '../../src/main/core/kernel/events/event-log';
import type { PackageContent } from '../../src/shared/sync/package-content';
import {
  newEncryptionKeyPair,
  newSigningKeyPair,
  type KeyPair,
} from '../../src/main/core/airgap/keys';
import { buildSyncFile, certify, type SyncFileInput } from '../../src/main/core/airgap/sync-file';

/** A device's chained events, as its log would hold them. */
export function chainedEvents(
  deviceId: string,
  count: number,
  options: { firstSeq?: number; prevHash?: string; startMs?: number } = {},
): EventRow[] {
  const rows: EventRow[] = [];
  let prev = options.prevHash ?? GENESIS_HASH;
  const first = options.firstSeq ?? 1;
  for (let seq = first; seq < first + count; seq++) {
    const hlc = `${String((options.startMs ?? 1_780_000_000_000) + seq * 1000).padStart(18, '0')}.0000`;
    const fields = {
      deviceId,
      seq,
      hlc,
      type: 'ballot.issued',
      actor: 'member-1',
      payloadJson: `{"ballot_id":"b-${seq}","document_checked":true,"helper_name":null,"iin":"900101300${String(seq % 1000).padStart(3, '0')}","place":"station"}`,
    };
    const hash = eventHash(prev, fields);
    rows.push({
      device_id: deviceId,
      seq,
      hlc,
      type: fields.type,
      actor: fields.actor,
      payload_json: fields.payloadJson,
      prev_hash: prev,
      hash,
    });
    prev = hash;
  }
  return rows;
}

/** Appends events to a chain, hashed as a laptop would (the key that signs is the caller's). */
export function appendEvents(
  rows: EventRow[],
  extra: { type: string; actor: string | null; payload: unknown }[],
): EventRow[] {
  const out = [...rows];
  for (const e of extra) {
    const last = out.at(-1) as EventRow;
    const fields = {
      deviceId: last.device_id,
      seq: last.seq + 1,
      hlc: `${String(Number(last.hlc.slice(0, 18)) + 1000).padStart(18, '0')}.0000`,
      type: e.type,
      actor: e.actor,
      payloadJson: canonicalJson(e.payload),
    };
    out.push({
      device_id: fields.deviceId,
      seq: fields.seq,
      hlc: fields.hlc,
      type: fields.type,
      actor: fields.actor,
      payload_json: fields.payloadJson,
      prev_hash: last.hash,
      hash: eventHash(last.hash, fields),
    });
  }
  return out;
}

/** The keys of one test world: central, one precinct, one device. */
export interface TestKeys {
  centralSigning: KeyPair;
  centralEncryption: KeyPair;
  /** The precinct's device slot 1. */
  slot: KeyPair;
  precinctEncryption: KeyPair;
  device: KeyPair;
}

export function testKeys(): TestKeys {
  return {
    centralSigning: newSigningKeyPair(),
    centralEncryption: newEncryptionKeyPair(),
    slot: newSigningKeyPair(),
    precinctEncryption: newEncryptionKeyPair(),
    device: newSigningKeyPair(),
  };
}

/** A sync file of `events`, certified by slot 1 and encrypted as a precinct laptop writes one. */
export function testSyncFile(
  keys: TestKeys,
  events: readonly EventRow[],
  overrides: Partial<SyncFileInput> = {},
): Buffer {
  const deviceId = events[0]?.device_id ?? 'device-1';
  const ids = { electionId: 'referendum-2026', precinctId: 'P-0042' };
  const signature = certify(keys.slot.privateKeyPem, {
    device_id: deviceId,
    device_public_key: keys.device.publicKey,
    election_id: overrides.electionId ?? ids.electionId,
    precinct_id: overrides.precinctId ?? ids.precinctId,
    slot: 1,
  });
  return buildSyncFile({
    ...ids,
    deviceId,
    devicePublicKey: keys.device.publicKey,
    deviceKeyPem: keys.device.privateKeyPem,
    certificate: { slot: 1, slotPublicKey: keys.slot.publicKey, signature },
    events,
    attachments: [],
    recipients: [keys.centralEncryption.publicKey, keys.precinctEncryption.publicKey],
    createdAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  }).bytes;
}

/** A small but complete package content for the test world. */
export function testPackageContent(keys: TestKeys): PackageContent {
  const csv = 'iin;last_name;first_name;patronymic;birth_date;address;precinct\n';
  return {
    election: {
      election_id: 'referendum-2026',
      kind: 'referendum',
      name: 'Republican referendum',
      voting_day: '2026-12-20',
      opens: '07:00',
      closes: '20:00',
      home_voting_cutoff: '12:00',
      complaint_deadlines: { standard_days: 5, voter_list_days: 3, same_day_days_before: 1 },
    },
    precinct: {
      precinct_id: 'P-0042',
      number: 42,
      name: 'School No. 12',
      region: 'Almaty',
      district: 'Bostandyk',
      address: 'Abay Ave 10',
      time_zone: 'Asia/Almaty',
      abroad: false,
      country: null,
    },
    members: [{ member_id: 'm-chair', full_name: 'Aigerim Sadykova', role: 'chair' }],
    voters: { file_name: 'list.csv', csv, sha256: 'a'.repeat(64), rows: 0 },
    precinct_key: {
      encryption_key_pem: keys.precinctEncryption.privateKeyPem,
      encryption_public_key: keys.precinctEncryption.publicKey,
    },
    slots: [
      { slot: 1, label: null, public_key: keys.slot.publicKey, key_pem: keys.slot.privateKeyPem },
    ],
    revoked_devices: [],
    central: {
      signing_public_key: keys.centralSigning.publicKey,
      encryption_public_key: keys.centralEncryption.publicKey,
    },
  };
}
