/**
 * Restored ranges at the central store, from crafted files: a replacement laptop B carries the
 * replaced laptop A's chain up to A's signed backup head. Accepted once when every check holds;
 * each forgery refused with its own code, changing nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { buildSyncFile } from '../../airgap/sync-file';
import { newSigningKeyPair, signBytes } from '../../airgap/keys';
import { certify } from '../../airgap/sync-file';
import { canonicalJson } from '../../kernel/events/canonical-json';
import type { EventRow } from '../../kernel/events/event-log';
import { importAll } from './import-run';
import { revokeDevice } from './supervisor-handlers';
import { devices } from './supervisor-views';
import {
  ballot,
  centralDigest,
  centralFixture,
  ELECTION,
  enrolDevice,
  makePackage,
  recordEvents,
  syncFile,
  TEST_SUPERVISOR,
  VOTING_DAY,
  type CentralFixture,
  type TestDevice,
} from '../../../../../tests/support/supervisor';
import { rechained } from '../../../../../tests/support/bad-files';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const voters = [...sampleVoters(12, VOTING_DAY, 9)];
const iin = (i: number) => voters[i]?.iin as string;

/** A's backup header as A's key signs it (docs/backups.md, "The file"). */
function backupHeader(a: TestDevice, head: EventRow, signer = a.key.privateKeyPem) {
  const fields = {
    format: 'precinct-desk backup' as const,
    version: 1 as const,
    created_at: '2027-03-19T09:00:00.000Z',
    election_id: a.content.election.election_id,
    precinct_id: a.content.precinct.precinct_id,
    precinct_number: a.content.precinct.number,
    device_id: a.deviceId,
    slot: a.certificate.slot,
    device_public_key: a.key.publicKey,
    last_seq: head.seq,
    head_hash: head.hash,
    door_bytes: 120,
    door_sha256: 'a'.repeat(64),
    store_bytes: 4096,
    store_sha256: 'b'.repeat(64),
  };
  const signature = signBytes(signer, Buffer.from(canonicalJson(fields), 'utf8'));
  return { ...fields, signature: signature.toString('base64') };
}

type Header = ReturnType<typeof backupHeader>;

/** B's chain: the chair records the restore of A from `header`, then B issues a ballot. */
function chainOfB(b: TestDevice, a: TestDevice, header: Header | null): EventRow[] {
  const events: Parameters<typeof recordEvents>[1] = [];
  if (header) {
    events.push([
      'backup.restored',
      {
        old_device_id: a.deviceId,
        old_device_public_key: header.device_public_key,
        old_slot: header.slot,
        old_last_seq: header.last_seq,
        old_head_hash: header.head_hash,
        backup_created_at: header.created_at,
        backup_signature: header.signature,
        new_slot: b.certificate.slot,
        backup_header: header,
      },
    ]);
  }
  events.push(ballot('b-1', iin(5)));
  return recordEvents(b.deviceId, events);
}

/** B's file carrying `range` as A's chain, with A's identity as `a` shows it. */
function fileOfB(b: TestDevice, bEvents: EventRow[], a: TestDevice, range: EventRow[]): Buffer {
  return buildSyncFile({
    electionId: b.content.election.election_id,
    precinctId: b.content.precinct.precinct_id,
    deviceId: b.deviceId,
    devicePublicKey: b.key.publicKey,
    deviceKeyPem: b.key.privateKeyPem,
    certificate: b.certificate,
    events: bEvents,
    attachments: [],
    recipients: [fx.keys.encryption.publicKey, b.content.precinct_key.encryption_public_key],
    createdAt: '2027-03-19T10:00:00.000Z',
    restored: {
      device: {
        deviceId: a.deviceId,
        devicePublicKey: a.key.publicKey,
        certificate: a.certificate,
      },
      events: range,
      attachments: [],
    },
  }).bytes;
}

async function precinct(id = 'p-31', number = 31) {
  const { content } = await makePackage(fx, id, number, voters, ELECTION, 3);
  return content;
}

/** A with three ballots (one after its export), B restored from A's backup at A's head. */
async function scene() {
  fx = centralFixture();
  const content = await precinct();
  const a = enrolDevice(content, 'dev-ra', 1);
  const b = enrolDevice(content, 'dev-rb', 2);
  const aEvents = recordEvents(a.deviceId, [
    ballot('a-1', iin(0)),
    ballot('a-2', iin(1)),
    ballot('a-3', iin(2)),
  ]);
  const header = backupHeader(a, aEvents.at(-1)!);
  return { content, a, b, aEvents, header, bEvents: chainOfB(b, a, header) };
}

/** Imports `bytes` and checks the code and that the store did not change. */
function refusedUnchanged(bytes: Buffer, code: string) {
  const before = centralDigest(fx.db);
  const file = fx.file('crafted.pdsync', bytes);
  expect(importAll(fx.ctx, [file]).files[0]).toMatchObject({ status: 'rejected', code });
  expect(centralDigest(fx.db)).toBe(before);
}

describe('a restored range in a replacement laptop’s file', () => {
  it('counts the replaced laptop’s events once, whichever file brought them', async () => {
    const { a, b, aEvents, bEvents } = await scene();
    // A's own earlier file (its first two ballots), then B's with A's whole chain to the backup.
    const early = fx.file('a.pdsync', syncFile(fx, a, aEvents.slice(0, 2)));
    expect(importAll(fx.ctx, [early]).files[0]).toMatchObject({ status: 'accepted' });
    const carried = fx.file('b.pdsync', fileOfB(b, bEvents, a, aEvents));
    expect(importAll(fx.ctx, [carried]).files[0]).toMatchObject({ status: 'accepted' });
    expect(importAll(fx.ctx, [early, carried]).files.map((f) => f.status)).toEqual([
      'already_imported',
      'already_imported',
    ]);
    const ballots = fx.db.prepare('SELECT iin FROM ballots WHERE undone = 0 ORDER BY iin').all();
    expect(ballots).toEqual(
      [0, 1, 2, 5].map((i) => ({ iin: iin(i) })).sort((x, y) => (x.iin < y.iin ? -1 : 1)),
    );
    expect(fx.db.prepare('SELECT count(*) AS n FROM alarms').get()).toEqual({ n: 0 });
    const listed = devices(fx.db, 'p-31');
    expect(listed.find((d) => d.deviceId === a.deviceId)).toMatchObject({ headSeq: 3, slot: 1 });
    expect(listed.find((d) => d.deviceId === b.deviceId)).toMatchObject({
      restoredFrom: { deviceId: a.deviceId, lastSeq: 3 },
    });
  });

  it('registers a replaced laptop that never sent a file of its own', async () => {
    const { a, b, aEvents, bEvents } = await scene();
    const carried = fx.file('b.pdsync', fileOfB(b, bEvents, a, aEvents));
    expect(importAll(fx.ctx, [carried]).files[0]).toMatchObject({ status: 'accepted' });
    expect(devices(fx.db, 'p-31').find((d) => d.deviceId === a.deviceId)).toMatchObject({
      headSeq: 3,
      slot: 1,
    });
    // A's own file of the same events, arriving later, adds nothing.
    const late = fx.file('a.pdsync', syncFile(fx, a, aEvents));
    expect(importAll(fx.ctx, [late]).files[0]).toMatchObject({ status: 'already_imported' });
  });

  it('refuses events A did not hash: restored_range_forged', async () => {
    const { a, b, aEvents, bEvents } = await scene();
    // The second ballot changed to another voter, the chain recomputed from there on: it links,
    // but no longer to the head A's backup signs.
    const forged = rechained(aEvents, 1, (row) => ({
      ...row,
      payload_json: row.payload_json.replace(iin(1), iin(7)),
    }));
    refusedUnchanged(fileOfB(b, bEvents, a, forged), 'restored_range_forged');
    // A range that no backup.restored of the file vouches for.
    const unproven = chainOfB(b, a, null);
    refusedUnchanged(fileOfB(b, unproven, a, aEvents), 'restored_range_forged');
  });

  it('refuses a range past A’s signed head: restored_range_past_head', async () => {
    const { a, b, aEvents } = await scene();
    const header = backupHeader(a, aEvents[1]!);
    refusedUnchanged(fileOfB(b, chainOfB(b, a, header), a, aEvents), 'restored_range_past_head');
  });

  it('refuses a backup header A did not sign: restored_backup_forged', async () => {
    const { a, b, aEvents } = await scene();
    const header = backupHeader(a, aEvents.at(-1)!, b.key.privateKeyPem);
    refusedUnchanged(fileOfB(b, chainOfB(b, a, header), a, aEvents), 'restored_backup_forged');
  });

  it('refuses a range claimed for a laptop of another precinct', async () => {
    const { b } = await scene();
    const other = await precinct('p-32', 32);
    const stranger = enrolDevice(other, 'dev-rx', 1);
    const events = recordEvents(stranger.deviceId, [ballot('x-1', iin(3))]);
    const header = backupHeader(stranger, events.at(-1)!);
    refusedUnchanged(
      fileOfB(b, chainOfB(b, stranger, header), stranger, events),
      'restored_range_wrong_precinct',
    );
  });

  it('refuses a replaced laptop no slot of the precinct certified', async () => {
    const { content, b } = await scene();
    const slotKey = newSigningKeyPair();
    const key = newSigningKeyPair();
    const made: TestDevice = {
      deviceId: 'dev-rm',
      key,
      content,
      certificate: {
        slot: 3,
        slotPublicKey: slotKey.publicKey,
        signature: certify(slotKey.privateKeyPem, {
          device_id: 'dev-rm',
          device_public_key: key.publicKey,
          election_id: content.election.election_id,
          precinct_id: content.precinct.precinct_id,
          slot: 3,
        }),
      },
    };
    const events = recordEvents(made.deviceId, [ballot('m-1', iin(4))]);
    const header = backupHeader(made, events.at(-1)!);
    refusedUnchanged(
      fileOfB(b, chainOfB(b, made, header), made, events),
      'restored_device_unknown',
    );
  });

  it('refuses a range of a revoked laptop beyond its head at revocation', async () => {
    const { a, b, aEvents, bEvents } = await scene();
    const early = fx.file('a.pdsync', syncFile(fx, a, aEvents.slice(0, 1)));
    expect(importAll(fx.ctx, [early]).files[0]).toMatchObject({ status: 'accepted' });
    revokeDevice(
      fx.db,
      { deviceId: a.deviceId, reason: 'lost' },
      '2027-03-19T11:00:00.000Z',
      TEST_SUPERVISOR,
    );
    refusedUnchanged(fileOfB(b, bEvents, a, aEvents), 'restored_device_revoked');
  });
});
