/**
 * Synthetic data of the sync bench: busy voting days of precinct laptops (3,000 events each:
 * ballots, a few undone, inquiries, log entries, accommodation requests, list corrections)
 * as real sync files, written by a child process so the import's peak RSS is its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageContent } from '@shared/sync/package-content';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { recordPackage } from '../core/features/supervisor/package-maker';
import type { Db } from '../core/kernel/db/database';
import { canonicalJson } from '../core/kernel/events/canonical-json';
import { eventHash, GENESIS_HASH } from '../core/kernel/events/event-hash';
import type { EventRow } from '../core/kernel/events/event-log';
import { formatHlc } from '../core/kernel/events/hlc';
import { newEncryptionKeyPair, newSigningKeyPair, type KeyPair } from '../core/airgap/keys';
import { buildSyncFile, certify } from '../core/airgap/sync-file';
import { sampleRequest } from './sample-request';

export const SYNC_GENERATE_FLAG = '--generate-sync';
export const BENCH_ELECTION = 'kz-2027-bench';
export const BENCH_VOTING_DAY = '2027-03-19';
export const EVENTS_PER_FILE = 3000;
export const VOTERS_PER_PRECINCT = 3000;

/** IINs unique across precincts (the bench's lists need no checksum: central stores them). */
const iinOf = (precinct: number, voter: number) =>
  String(100_000_000_000 + precinct * 10_000 + voter).slice(0, 12);

/** A precinct's package content, as central keeps it. */
export function benchPrecinct(
  index: number,
  central: { signing: KeyPair; encryption: KeyPair },
): PackageContent {
  const signing = newSigningKeyPair();
  const encryption = newEncryptionKeyPair();
  const lines = ['iin,last_name,first_name,patronymic,birth_date,address'];
  for (let v = 0; v < VOTERS_PER_PRECINCT; v++) lines.push(`${iinOf(index, v)},A,B,,1970-01-01,C`);
  const csv = `${lines.join('\r\n')}\r\n`;
  return {
    election: {
      election_id: BENCH_ELECTION,
      kind: 'election',
      name: 'Bench election',
      voting_day: BENCH_VOTING_DAY,
      opens: '07:00',
      closes: '20:00',
      home_voting_cutoff: '12:00',
      complaint_deadlines: { standard_days: 5, voter_list_days: 3, same_day_days_before: 1 },
    },
    precinct: {
      precinct_id: `p-${index}`,
      number: index + 1,
      name: `Precinct ${index + 1}`,
      region: `Region ${index % 17}`,
      district: `District ${index % 50}`,
      address: 'Address',
      time_zone: 'Asia/Almaty',
      abroad: false,
      country: null,
    },
    members: [
      { member_id: `m-${index}`, full_name: 'Chair', role: 'chair' },
      { member_id: `m-${index}-member`, full_name: 'Member', role: 'member' },
    ],
    voters: { file_name: 'list.csv', csv, sha256: '0'.repeat(64), rows: VOTERS_PER_PRECINCT },
    precinct_key: {
      encryption_key_pem: encryption.privateKeyPem,
      encryption_public_key: encryption.publicKey,
    },
    slots: [
      { slot: 1, label: null, public_key: signing.publicKey, key_pem: signing.privateKeyPem },
    ],
    revoked_devices: [],
    central: {
      signing_public_key: central.signing.publicKey,
      encryption_public_key: central.encryption.publicKey,
    },
  };
}

/** One laptop's voting day: 3,000 events from 07:00 to 20:00 Almaty time (UTC+5). */
export function busyDay(index: number, deviceId: string): EventRow[] {
  const rows: EventRow[] = [];
  const start = Date.parse(`${BENCH_VOTING_DAY}T02:00:00Z`);
  const step = Math.floor((13 * 3600_000) / EVENTS_PER_FILE);
  let prev = GENESIS_HASH;
  let ballots = 0;
  for (let seq = 1; seq <= EVENTS_PER_FILE; seq++) {
    const hlc = formatHlc({ physical: start + seq * step, counter: 0 });
    let type: string;
    let payload: unknown;
    const k = seq % 100;
    if (k === 1 && ballots > 0) {
      type = 'ballot.undone';
      payload = {
        ballot_id: `${deviceId}-b${ballots - 1}`,
        iin: iinOf(index, ballots - 1),
        reason: 'Issued by mistake',
      };
    } else if (k === 2) {
      type = 'voter.inquiry_answered';
      payload = { found: true, method: 'iin' };
    } else if (k === 3) {
      type = 'infolog.entry_recorded';
      payload = {
        deadline: null,
        details: {
          answer: 'Explained where to vote',
          channel: 'in_person',
          followUp: false,
          kind: 'inquiry',
          topic: 'where_to_vote',
        },
        entry_id: `${deviceId}-e${seq}`,
        occurred_at: new Date(start + seq * step).toISOString(),
        occurred_local: '2027-03-19T08:00',
      };
    } else if (k === 4) {
      type = 'accommodation.request_recorded';
      payload = sampleRequest({
        requestId: `${deviceId}-r${seq}`,
        iin: iinOf(index, 2998),
        receivedAt: new Date(start + seq * step).toISOString(),
        receivedLocal: '2027-03-19T08:00',
        receivedBy: `m-${index}-member`,
        itemId: `${deviceId}-i${seq}`,
        kind: seq % 2 ? 'home_voting' : 'braille_stencil',
      });
    } else if (k === 5) {
      type = 'voter.corrected';
      payload = {
        document_ref: null,
        field: 'address',
        iin: iinOf(index, 2999),
        new_value: 'New address',
        old_value: 'C',
        reason: 'Moved',
      };
    } else {
      type = 'ballot.issued';
      payload = {
        ballot_id: `${deviceId}-b${ballots}`,
        document_checked: true,
        helper_name: null,
        iin: iinOf(index, ballots),
        place: 'station',
      };
      ballots++;
    }
    const payloadJson = canonicalJson(payload);
    // A member of the precinct records the day's work, as the import re-authorises it.
    const actor = type === 'ballot.undone' ? `m-${index}` : `m-${index}-member`;
    const hash = eventHash(prev, { deviceId, seq, hlc, type, actor, payloadJson });
    rows.push({
      device_id: deviceId,
      seq,
      hlc,
      type,
      actor,
      payload_json: payloadJson,
      prev_hash: prev,
      hash,
    });
    prev = hash;
  }
  return rows;
}

/** The sync file of a precinct's laptop with its whole busy day. */
export function benchSyncFile(
  content: PackageContent,
  deviceId: string,
  events: EventRow[],
): Buffer {
  const device = newSigningKeyPair();
  const slot = content.slots[0];
  if (!slot?.key_pem) throw new Error('A bench package offers slot 1');
  const certificate = certify(slot.key_pem, {
    device_id: deviceId,
    device_public_key: device.publicKey,
    election_id: BENCH_ELECTION,
    precinct_id: content.precinct.precinct_id,
    slot: 1,
  });
  return buildSyncFile({
    electionId: BENCH_ELECTION,
    precinctId: content.precinct.precinct_id,
    deviceId,
    devicePublicKey: device.publicKey,
    deviceKeyPem: device.privateKeyPem,
    certificate: { slot: 1, slotPublicKey: slot.public_key, signature: certificate },
    events,
    attachments: [],
    recipients: [content.central.encryption_public_key, content.precinct_key.encryption_public_key],
    createdAt: `${BENCH_VOTING_DAY}T15:05:00.000Z`,
  }).bytes;
}

/**
 * The child's work: `files` precincts recorded in the central store at `dir`/central (as
 * `package create` records them) and their sync files in `dir`/files; the central keys come
 * from `dir`/central.json.
 */
export function generateSyncFiles(
  dir: string,
  files: number,
  central: { signing: KeyPair; encryption: KeyPair },
  /** The key the central store is encrypted with (null: a plain store). */
  storeKey: Buffer | null,
): void {
  mkdirSync(join(dir, 'files'), { recursive: true });
  const db = openCentralDatabase(join(dir, 'central'), false, storeKey) as Db;
  try {
    db.transaction(() => {
      for (let i = 0; i < files; i++) {
        const content = benchPrecinct(i, central);
        const id = content.precinct.precinct_id;
        recordPackage(db, content, {
          packageId: `pkg-${id}`,
          revision: 1,
          sha256: '0'.repeat(64),
          path: '-',
          now: new Date().toISOString(),
        });
        const bytes = benchSyncFile(content, `dev-${i}`, busyDay(i, `dev-${i}`));
        writeFileSync(join(dir, 'files', `${String(i).padStart(5, '0')}.sync`), bytes);
      }
    })();
  } finally {
    db.close();
  }
}
