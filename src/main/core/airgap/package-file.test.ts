import { describe, expect, it } from 'vitest';
import {
  testKeys,
  testPackageContent,
  testSyncFile,
  chainedEvents,
} from '../../../../tests/support/airgap';
import { keyFingerprint, newSigningKeyPair } from './keys';
import { buildPackage, readPackage } from './package-file';
import { openSyncFile } from './sync-file';

const keys = testKeys();
const central = {
  signingKeyPem: keys.centralSigning.privateKeyPem,
  signingPublicKey: keys.centralSigning.publicKey,
};
const meta = { packageId: 'pkg-1', revision: 1, createdAt: '2026-11-28T09:00:00.000Z' };

describe('precinct package', () => {
  it('round-trips its content, signed by the central key', () => {
    const content = testPackageContent(keys);
    const { bytes, header } = buildPackage(content, meta, central);
    expect(bytes.subarray(0, 24).toString()).toBe('PRECINCT-DESK-PACKAGE 1\n');
    expect(header).toMatchObject({ election_id: 'referendum-2026', precinct_id: 'P-0042' });
    const fingerprint = keyFingerprint(keys.centralSigning.publicKey);
    const read = readPackage(bytes, fingerprint);
    expect(read).toMatchObject({ ok: true, centralFingerprint: fingerprint, content });
  });

  it('refuses an altered package, another central key, and a sync file offered as one', () => {
    const { bytes } = buildPackage(testPackageContent(keys), meta, central);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 10] = (flipped[bytes.length - 10] as number) ^ 1;
    expect(readPackage(flipped)).toEqual({ ok: false, problem: 'body_mismatch' });
    const inHeader = Buffer.from(bytes);
    const at = bytes.indexOf('"revision":1') + 11;
    inHeader[at] = '2'.charCodeAt(0);
    expect(readPackage(inHeader)).toEqual({ ok: false, problem: 'bad_signature' });
    expect(readPackage(bytes, keyFingerprint(newSigningKeyPair().publicKey))).toEqual({
      ok: false,
      problem: 'wrong_central_key',
    });
    const sync = testSyncFile(keys, chainedEvents('device-1', 1));
    expect(readPackage(sync)).toEqual({ ok: false, problem: 'not_a_package' });
    expect(openSyncFile(bytes)).toEqual({ ok: false, problem: 'not_a_sync_file' });
    expect(readPackage(bytes.subarray(0, 40))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses a package signed by a key other than the one its header names', () => {
    const impostor = newSigningKeyPair();
    const { bytes } = buildPackage(testPackageContent(keys), meta, {
      signingKeyPem: impostor.privateKeyPem,
      signingPublicKey: keys.centralSigning.publicKey,
    });
    expect(readPackage(bytes)).toEqual({ ok: false, problem: 'bad_signature' });
  });
});
