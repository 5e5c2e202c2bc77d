import { openSync, closeSync, ftruncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../kernel/events/event-log';
import { encryptBody } from '../../airgap/body-crypto';
import { writeEnvelope } from '../../airgap/container';
import { keyFingerprint, newEncryptionKeyPair, newSigningKeyPair } from '../../airgap/keys';
import { readPackageHeader } from '../../airgap/package-file';
import { canonicalEventText } from '../../kernel/events/event-hash';
import { sampleVoters } from '../../../bench/sample-voters';
import { importAll } from './import-run';
import {
  addPrecinct,
  ballot,
  centralDigest,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
  type TestDevice,
} from '../../../../../tests/support/supervisor';

let fx: CentralFixture;
let device: TestDevice;
let events: EventRow[];
let good: Buffer;

beforeEach(async () => {
  fx = centralFixture();
  const voters = [...sampleVoters(10, VOTING_DAY, 11)];
  device = enrolDevice(await addPrecinct(fx, 'p-7', 7, voters), 'dev-7');
  events = recordEvents(
    'dev-7',
    voters.slice(0, 6).map((v, i) => ballot(`b-${i}`, v.iin)),
  );
  good = syncFile(fx, device, events);
});
afterEach(() => fx.dispose());

/** Imports one file's bytes: its result, and whether the central state stayed as it was. */
function importOnce(bytes: Buffer, name = 'x.sync') {
  const before = centralDigest(fx.db, ['alarms']);
  const run = importAll(fx.ctx, [fx.file(name, bytes)]);
  return { result: run.files[0], unchanged: centralDigest(fx.db, ['alarms']) === before };
}

function expectRejected(bytes: Buffer, code: string) {
  const { result, unchanged } = importOnce(bytes);
  expect(result).toMatchObject({ status: 'rejected', code, newEvents: 0 });
  expect(unchanged).toBe(true);
}

const lineEnd = (bytes: Buffer, n: number) => {
  let at = -1;
  for (let i = 0; i < n; i++) at = bytes.indexOf(0x0a, at + 1);
  return at;
};
const flipped = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
};

/** A sync file whose body holds exactly these event lines (for bodies the app never writes). */
function crafted(lines: string[], header: { first: EventRow; last: EventRow; count: number }) {
  const recipients = [fx.keys.encryption.publicKey];
  const plain = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  return writeEnvelope(
    'sync',
    {
      format: 'precinct-desk-sync',
      version: 1,
      election_id: device.content.election.election_id,
      precinct_id: 'p-7',
      device_id: 'dev-7',
      device_public_key: device.key.publicKey,
      slot: device.certificate.slot,
      slot_public_key: device.certificate.slotPublicKey,
      certificate: device.certificate.signature,
      first_seq: header.first.seq,
      last_seq: header.first.seq + header.count - 1,
      prev_hash: header.first.prev_hash,
      head_hash: header.last.hash,
      event_count: header.count,
      counts: { 'ballot.issued': header.count },
      attachment_parts: 0,
      recipients: recipients.map(keyFingerprint),
      created_at: '2027-03-19T15:00:00.000Z',
    },
    encryptBody(plain, recipients),
    device.key.privateKeyPem,
  ).bytes;
}

const lineOf = (e: EventRow) =>
  canonicalEventText({
    deviceId: e.device_id,
    seq: e.seq,
    hlc: e.hlc,
    type: e.type,
    actor: e.actor,
    payloadJson: e.payload_json,
  });

describe('every rejection has its code and applies nothing', () => {
  it('a well-made file is accepted (the corpus starts from it)', () => {
    expect(importOnce(good).result).toMatchObject({ status: 'accepted', newEvents: 6 });
  });

  it('truncated in the header, the signature or the body', () => {
    expectRejected(good.subarray(0, lineEnd(good, 1) + 40), 'malformed');
    expectRejected(good.subarray(0, lineEnd(good, 2) + 30), 'malformed');
    expectRejected(good.subarray(0, good.length - 100), 'body_mismatch');
  });

  it('one byte flipped in the header, the signature or the body', () => {
    const createdAt = good.indexOf('2027-03-19T15');
    expectRejected(flipped(good, createdAt + 3), 'bad_signature');
    // In the signature, a character changed to another base64 one is a signature that does
    // not verify; a flip that leaves the alphabet makes the line unreadable.
    const inSignature = Buffer.from(good);
    const at = lineEnd(good, 2) + 10;
    inSignature[at] = inSignature[at] === 0x41 ? 0x42 : 0x41;
    expectRejected(inSignature, 'bad_signature');
    const outOfAlphabet = Buffer.from(good);
    outOfAlphabet[at] = 0x2e;
    expectRejected(outOfAlphabet, 'malformed');
    expectRejected(flipped(good, good.length - 50), 'body_mismatch');
  });

  it('a header signed by another key than the one it names', () => {
    const other = {
      ...device,
      key: { ...device.key, privateKeyPem: newSigningKeyPair().privateKeyPem },
    };
    expectRejected(syncFile(fx, other, events), 'bad_signature');
  });

  it('a device certified by a slot key the store never made, or for another slot', () => {
    const foreign = newSigningKeyPair();
    const content = {
      ...device.content,
      slots: [
        { slot: 1, label: null, public_key: foreign.publicKey, key_pem: foreign.privateKeyPem },
      ],
    };
    const stranger = enrolDevice(content, 'dev-s', 1);
    expectRejected(
      syncFile(fx, stranger, recordEvents('dev-s', [ballot('s1', '900101300015')])),
      'unknown_slot',
    );
    // The real slot 1 key, but the certificate claims slot 2: the signature does not cover it.
    const relabelled = { ...device, certificate: { ...device.certificate, slot: 2 } };
    expectRejected(syncFile(fx, relabelled, events), 'unknown_device');
  });

  it('a valid file of another election, or of a precinct under another election', async () => {
    const rows = recordEvents('dev-x', [ballot('z1', '900101300015')]);
    const otherElection = (electionId: string) =>
      enrolDevice(
        { ...device.content, election: { ...device.content.election, election_id: electionId } },
        'dev-x',
        1,
      );
    expectRejected(syncFile(fx, otherElection('kz-2031-other'), rows), 'wrong_election');
    // Central made a package in that election too, but not for this precinct.
    await addPrecinct(fx, 'p-other', 900, undefined, 'kz-2028-referendum');
    expectRejected(syncFile(fx, otherElection('kz-2028-referendum'), rows), 'wrong_election');
  });

  it('a body encrypted to other keys than the central one', () => {
    const file = syncFile(fx, { ...device }, events);
    expect(file.length).toBeGreaterThan(0);
    const central = fx.keys;
    fx.keys = { ...central, encryption: newEncryptionKeyPair() };
    fx.ctx.keys = fx.keys;
    expectRejected(file, 'body_mismatch');
  });

  it('reordered or duplicated events inside a file', () => {
    const [e1, e2, e3, e4] = events as [EventRow, EventRow, EventRow, EventRow];
    expectRejected(
      crafted([e1, e3, e2, e4].map(lineOf), { first: e1, last: e4, count: 4 }),
      'chain_broken',
    );
    expectRejected(
      crafted([e1, e2, e2, e3].map(lineOf), { first: e1, last: e4, count: 4 }),
      'chain_broken',
    );
    expect(
      importOnce(crafted([e1, e2].map(lineOf), { first: e1, last: e2, count: 2 })).result?.status,
    ).toBe('accepted');
  });

  it('a future format version, not a sync file, a package offered as one and the reverse', () => {
    const future = Buffer.concat([
      Buffer.from('PRECINCT-DESK-SYNC 3'),
      good.subarray(lineEnd(good, 1)),
    ]);
    expectRejected(future, 'unsupported_version');
    // Version 2 is a file with a restored range: a version-1 header under it is malformed.
    const relabelled = Buffer.concat([
      Buffer.from('PRECINCT-DESK-SYNC 2'),
      good.subarray(lineEnd(good, 1)),
    ]);
    expectRejected(relabelled, 'malformed');
    expectRejected(Buffer.from('iin,last_name\n123,Ahmetov\n'), 'not_a_sync_file');
    const packagePath = readFileSync(
      (fx.db.prepare('SELECT path FROM packages LIMIT 1').get() as { path: string }).path,
    );
    expectRejected(packagePath, 'not_a_sync_file');
    expect(readPackageHeader(good)).toEqual({ ok: false, problem: 'not_a_package' });
  });

  it('an oversized file is refused before it is read', () => {
    const path = join(fx.dir, 'huge.sync');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 257 * 1024 * 1024);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const run = importAll(fx.ctx, [path]);
    expect(run.files[0]).toMatchObject({ status: 'rejected', code: 'too_large' });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a revoked device: files beyond its head at revocation are refused, older ones are not', () => {
    importOnce(syncFile(fx, device, events.slice(0, 3)));
    fx.db.prepare("UPDATE devices SET revoked_at = 'x', revoked_head_seq = head_seq").run();
    expect(importOnce(syncFile(fx, device, events.slice(0, 3))).result?.status).toBe(
      'already_imported',
    );
    expectRejected(syncFile(fx, device, events.slice(2)), 'revoked_device');
  });

  it('an old file replayed changes nothing; two forks of one device are both refused', () => {
    importOnce(good);
    expect(importOnce(syncFile(fx, device, events.slice(0, 2)))).toMatchObject({
      result: { status: 'already_imported' },
      unchanged: true,
    });
    const voters = [...sampleVoters(4, VOTING_DAY, 99)];
    const forkA = recordEvents(
      'dev-7',
      voters.slice(0, 2).map((v, i) => ballot(`fa-${i}`, v.iin)),
    );
    const forkB = recordEvents(
      'dev-7',
      voters.slice(2).map((v, i) => ballot(`fb-${i}`, v.iin)),
      Date.parse('2027-03-19T04:00:00Z'),
    );
    expectRejected(syncFile(fx, device, forkA), 'fork');
    expectRejected(syncFile(fx, device, forkB), 'fork');
    expect(
      fx.db
        .prepare("SELECT count(*) AS n FROM alarms WHERE kind = 'fork' AND decided_at IS NULL")
        .get(),
    ).toEqual({ n: 2 });
  });
});
