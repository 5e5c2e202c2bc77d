import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../kernel/events/canonical-json';
import { encryptBody } from './body-crypto';
import { writeEnvelope } from './container';
import { chainedEvents, testKeys, testSyncFile } from '../../../../tests/support/airgap';
import { keyFingerprint, newEncryptionKeyPair, newSigningKeyPair } from './keys';
import {
  decodeSyncBody,
  decryptSyncBody,
  isCertified,
  openSyncFile,
  type SyncHeader,
} from './sync-file';

const keys = testKeys();

/** Opens, decrypts with the central key and decodes; the first problem met, or the events. */
function read(bytes: Buffer) {
  const opened = openSyncFile(bytes);
  if (!opened.ok) return opened.problem;
  const plain = decryptSyncBody(opened.header, opened.envelope.body, [keys.centralEncryption]);
  if (!plain) return 'body_mismatch';
  const decoded = decodeSyncBody(opened.header, plain);
  return decoded.ok ? decoded : decoded.problem;
}

/** Re-signs a file whose plain body was rewritten: what a device with a bad log would send. */
function fileWithPlainLines(lines: string[], header: Partial<SyncHeader>): Buffer {
  const opened = openSyncFile(testSyncFile(keys, chainedEvents('device-1', 3)));
  if (!opened.ok) throw new Error(opened.problem);
  const { body_sha256: _sha, body_bytes: _bytes, ...rest } = opened.header;
  void _sha;
  void _bytes;
  const body = encryptBodyForTest(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
  return writeEnvelope('sync', { ...rest, ...header }, body, keys.device.privateKeyPem).bytes;
}

const encryptBodyForTest = (plain: Buffer) =>
  encryptBody(plain, [keys.centralEncryption.publicKey, keys.precinctEncryption.publicKey]);

describe('sync file', () => {
  it('round-trips a range of events: signed, enrolled, opened by either recipient', () => {
    const events = chainedEvents('device-1', 50);
    const bytes = testSyncFile(keys, events);
    expect(bytes.subarray(0, 21).toString()).toBe('PRECINCT-DESK-SYNC 1\n');
    const opened = openSyncFile(bytes);
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.header).toMatchObject({
      device_id: 'device-1',
      first_seq: 1,
      last_seq: 50,
      event_count: 50,
      counts: { 'ballot.issued': 50 },
      head_hash: events[49]?.hash,
      recipients: [
        keyFingerprint(keys.centralEncryption.publicKey),
        keyFingerprint(keys.precinctEncryption.publicKey),
      ],
    });
    expect(opened.header).toMatchObject({ slot: 1, slot_public_key: keys.slot.publicKey });
    expect(isCertified(opened.header)).toBe(true);
    // A certificate for another slot, key or device id does not verify.
    expect(isCertified({ ...opened.header, slot: 2 })).toBe(false);
    expect(isCertified({ ...opened.header, device_id: 'device-2' })).toBe(false);
    expect(isCertified({ ...opened.header, slot_public_key: newSigningKeyPair().publicKey })).toBe(
      false,
    );
    for (const key of [keys.centralEncryption, keys.precinctEncryption]) {
      const plain = decryptSyncBody(opened.header, opened.envelope.body, [key]);
      const decoded = plain && decodeSyncBody(opened.header, plain);
      expect(decoded && decoded.ok && decoded.events.map((e) => e.hash)).toEqual(
        events.map((e) => e.hash),
      );
    }
    // A key the body was not encrypted to opens nothing.
    expect(decryptSyncBody(opened.header, opened.envelope.body, [newEncryptionKeyPair()])).toBe(
      null,
    );
  });

  it('carries a range that starts after seq 1, chained to the hash before it', () => {
    const all = chainedEvents('device-1', 20);
    const decoded = read(testSyncFile(keys, all.slice(10)));
    expect(typeof decoded === 'object' && decoded.events[0]?.seq).toBe(11);
  });

  it('names each damage by its code', () => {
    const bytes = testSyncFile(keys, chainedEvents('device-1', 5));
    const firstLine = bytes.indexOf(0x0a);
    const secondLine = bytes.indexOf(0x0a, firstLine + 1);
    const thirdLine = bytes.indexOf(0x0a, secondLine + 1);
    const flip = (at: number) => {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] as number) ^ 0x01;
      return copy;
    };
    // A digit of the header's created_at: still JSON, no longer what the device signed.
    const inHeader = bytes.indexOf('2026-11-28') + 3;
    expect(read(flip(inHeader))).toBe('bad_signature');
    // A character of the signature changed to another base64 character (a flip that leaves
    // the alphabet makes the line unreadable instead: malformed).
    const inSignature = Buffer.from(bytes);
    inSignature[secondLine + 10] = inSignature[secondLine + 10] === 0x41 ? 0x42 : 0x41;
    expect(read(inSignature)).toBe('bad_signature');
    const outOfAlphabet = Buffer.from(bytes);
    outOfAlphabet[secondLine + 10] = 0x2e;
    expect(read(outOfAlphabet)).toBe('malformed');
    expect(read(flip(thirdLine + 40))).toBe('body_mismatch');
    expect(read(flip(bytes.length - 1))).toBe('body_mismatch');
    expect(read(bytes.subarray(0, firstLine + 30))).toBe('malformed');
    expect(read(bytes.subarray(0, secondLine + 20))).toBe('malformed');
    expect(read(bytes.subarray(0, thirdLine + 100))).toBe('body_mismatch');
    expect(read(Buffer.from('iin;last_name\n1;2\n'))).toBe('not_a_sync_file');
    expect(read(Buffer.concat([Buffer.from('PRECINCT-DESK-SYNC 3'), bytes.subarray(20)]))).toBe(
      'unsupported_version',
    );
    // Version 2 carries a restored range: a line 1 saying 2 over a version-1 header is not one.
    expect(read(Buffer.concat([Buffer.from('PRECINCT-DESK-SYNC 2'), bytes.subarray(20)]))).toBe(
      'malformed',
    );
    expect(read(Buffer.concat([Buffer.from('PRECINCT-DESK-PACKAGE 1'), bytes.subarray(20)]))).toBe(
      'not_a_sync_file',
    );
  });

  it('refuses a signature by another key than the header names', () => {
    const other = { ...keys, device: newSigningKeyPair() };
    const bytes = testSyncFile(other, chainedEvents('device-1', 2), {
      devicePublicKey: keys.device.publicKey,
    });
    expect(read(bytes)).toBe('bad_signature');
  });

  it('finds reordered, repeated, missing and altered events even when the device signed them', () => {
    const events = chainedEvents('device-1', 3);
    const lines = events.map(
      (e) =>
        `{"actor":"${e.actor}","device_id":"${e.device_id}","hlc":"${e.hlc}","payload":${e.payload_json},"seq":${e.seq},"type":"${e.type}"}`,
    );
    const header = { head_hash: events[2]?.hash };
    expect(typeof read(fileWithPlainLines(lines, header))).toBe('object');
    const [a, b, c] = lines as [string, string, string];
    expect(read(fileWithPlainLines([a, c, b], header))).toBe('chain_broken');
    expect(read(fileWithPlainLines([a, a, c], header))).toBe('chain_broken');
    expect(read(fileWithPlainLines([a, c], header))).toBe('chain_broken');
    expect(read(fileWithPlainLines([a, b.replace('b-2', 'b-9'), c], header))).toBe('chain_broken');
    expect(read(fileWithPlainLines([a, b, c], { head_hash: events[1]?.hash }))).toBe(
      'chain_broken',
    );
  });

  it('refuses a header whose fields disagree', () => {
    const bad = [
      { event_count: 4 },
      { first_seq: 2 },
      { counts: { 'ballot.issued': 2 } },
      { recipients: [] },
      { prev_hash: 'f'.repeat(64) },
    ];
    for (const header of bad) {
      expect(read(fileWithPlainLines(['x'], header))).toBe('malformed');
    }
  });

  it('writes canonical headers, so the same fields give the same signed bytes', () => {
    const opened = openSyncFile(testSyncFile(keys, chainedEvents('device-1', 1)));
    if (!opened.ok) throw new Error(opened.problem);
    const line = opened.envelope.signed.toString('utf8').split('\n')[1];
    expect(line).toBe(canonicalJson(opened.header));
  });
});
