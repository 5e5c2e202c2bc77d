import { describe, expect, it } from 'vitest';
import {
  testKeys,
  testPackageContent,
  testSyncFile,
  chainedEvents,
} from '../../../../tests/support/airgap';
import { newHandoverCode } from './handover-code';
import { keyFingerprint, newSigningKeyPair } from './keys';
import { buildPackage, openPackage, readPackageHeader } from './package-file';
import { honourTestCostSwitch, REAL_COST, TEST_COST } from './package-seal';
import { openSyncFile } from './sync-file';

const keys = testKeys();
const central = {
  signingKeyPem: keys.centralSigning.privateKeyPem,
  signingPublicKey: keys.centralSigning.publicKey,
};
const code = newHandoverCode();
const meta = {
  packageId: 'pkg-1',
  revision: 1,
  createdAt: '2026-11-28T09:00:00.000Z',
  handoverCode: code,
};

describe('precinct package (format version 2, sealed)', () => {
  it('round-trips its content with the code; without it shows only the signed header', async () => {
    const content = testPackageContent(keys);
    const { bytes, header } = await buildPackage(content, meta, central);
    expect(bytes.subarray(0, 24).toString()).toBe('PRECINCT-DESK-PACKAGE 2\n');
    expect(header).toMatchObject({
      version: 2,
      election_id: 'referendum-2026',
      election_name: content.election.name,
      precinct_id: 'P-0042',
      precinct_number: content.precinct.number,
      precinct_name: content.precinct.name,
      seal: { kdf: 'scrypt', n: TEST_COST.n, r: 8, p: 1, cipher: 'aes-256-gcm' },
    });
    const fingerprint = keyFingerprint(keys.centralSigning.publicKey);
    expect(readPackageHeader(bytes, fingerprint)).toMatchObject({ ok: true, header });
    // Nothing of the list, the members or the keys is readable in the file.
    const text = bytes.toString('latin1');
    for (const secret of [content.slots[0]?.key_pem, content.members[0]?.full_name]) {
      expect(text).not.toContain(String(secret).slice(0, 40));
    }
    const read = await openPackage(bytes, code, fingerprint);
    expect(read).toMatchObject({ ok: true, centralFingerprint: fingerprint, content });
    // Typed in lower case, with spaces, and Cyrillic look-alikes: the same code.
    const typed = code.toLowerCase().replace(/-/g, ' ');
    expect(await openPackage(bytes, typed)).toMatchObject({ ok: true });
  });

  it('refuses a wrong code, a mistyped one, and a malformed one', async () => {
    const { bytes } = await buildPackage(testPackageContent(keys), meta, central);
    expect(await openPackage(bytes, newHandoverCode())).toEqual({
      ok: false,
      problem: 'wrong_handover_code',
    });
    const groups = code.split('-');
    const first = groups[2] as string;
    const swapped = first[0] === '7' ? '8' : '7';
    groups[2] = `${swapped}${first.slice(1)}`;
    expect(await openPackage(bytes, groups.join('-'))).toEqual({
      ok: false,
      problem: 'handover_code_typo',
      group: 3,
    });
    expect(await openPackage(bytes, code.slice(0, -1))).toEqual({
      ok: false,
      problem: 'handover_code_malformed',
    });
    expect(await openPackage(bytes, '')).toEqual({ ok: false, problem: 'handover_code_malformed' });
  });

  it('refuses an altered package, another central key, and a sync file offered as one', async () => {
    const { bytes } = await buildPackage(testPackageContent(keys), meta, central);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 10] = (flipped[bytes.length - 10] as number) ^ 1;
    expect(readPackageHeader(flipped)).toEqual({ ok: false, problem: 'body_mismatch' });
    expect(await openPackage(flipped, code)).toEqual({ ok: false, problem: 'body_mismatch' });
    const inHeader = Buffer.from(bytes);
    const at = bytes.indexOf('"revision":1') + 11;
    inHeader[at] = '2'.charCodeAt(0);
    expect(readPackageHeader(inHeader)).toEqual({ ok: false, problem: 'bad_signature' });
    expect(readPackageHeader(bytes, keyFingerprint(newSigningKeyPair().publicKey))).toEqual({
      ok: false,
      problem: 'wrong_central_key',
    });
    const sync = testSyncFile(keys, chainedEvents('device-1', 1));
    expect(readPackageHeader(sync)).toEqual({ ok: false, problem: 'not_a_package' });
    expect(openSyncFile(bytes)).toEqual({ ok: false, problem: 'not_a_sync_file' });
    expect(readPackageHeader(bytes.subarray(0, 40))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses a package signed by a key other than the one its header names', async () => {
    const impostor = newSigningKeyPair();
    const { bytes } = await buildPackage(testPackageContent(keys), meta, {
      signingKeyPem: impostor.privateKeyPem,
      signingPublicKey: keys.centralSigning.publicKey,
    });
    expect(readPackageHeader(bytes)).toEqual({ ok: false, problem: 'bad_signature' });
  });

  it('honours the test cost only with the switch, unpackaged, outside production', async () => {
    try {
      expect(honourTestCostSwitch({}, { packaged: false })).toBe(false);
      expect(honourTestCostSwitch({ PRECINCT_DESK_TEST_KDF: '1' }, { packaged: true })).toBe(false);
      expect(
        honourTestCostSwitch(
          { PRECINCT_DESK_TEST_KDF: '1', NODE_ENV: 'production' },
          { packaged: false },
        ),
      ).toBe(false);
      // Not honoured: a package made with the test cost is refused before any stretching…
      const weak = await buildPackage(testPackageContent(keys), meta, central, TEST_COST);
      expect(await openPackage(weak.bytes, code)).toEqual({
        ok: false,
        problem: 'weak_key_stretching',
      });
      // …and new packages are made at the real cost, which opens.
      const real = await buildPackage(testPackageContent(keys), meta, central);
      expect(real.header.seal).toMatchObject({ n: REAL_COST.n, r: 8, p: 1 });
      expect(await openPackage(real.bytes, code)).toMatchObject({ ok: true });
    } finally {
      expect(honourTestCostSwitch({ PRECINCT_DESK_TEST_KDF: '1' }, { packaged: false })).toBe(true);
    }
  });
});
