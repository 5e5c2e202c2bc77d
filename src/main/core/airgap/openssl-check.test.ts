import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chainedEvents,
  testKeys,
  testPackageContent,
  testSyncFile,
} from '../../../../tests/support/airgap';
import { keyFingerprint, newSigningKeyPair } from './keys';
import { newHandoverCode } from './handover-code';
import { buildPackage } from './package-file';
import { openSyncFile, type DeviceCertificate } from './sync-file';

/** The certificate a sync file's header carries. */
function certificateOf(bytes: Buffer): DeviceCertificate {
  const opened = openSyncFile(bytes);
  if (!opened.ok) throw new Error(opened.problem);
  const { slot, slot_public_key, certificate } = opened.header;
  return { slot, slotPublicKey: slot_public_key, signature: certificate };
}

/**
 * docs/sync-format.md promises a file can be checked with openssl and sha256sum alone. This
 * runs the two scripts exactly as the document prints them, with the real openssl binary.
 */
const doc = readFileSync(join(__dirname, '../../../../docs/sync-format.md'), 'utf8');

function script(name: string): string {
  const block = doc.split('```sh\n').find((part) => part.startsWith(`# ${name} `));
  if (!block) throw new Error(`docs/sync-format.md has no ${name} block`);
  return block.slice(0, block.indexOf('```'));
}

const folder = mkdtempSync(join(tmpdir(), 'openssl-check-'));
function run(name: string, bytes: Buffer) {
  const scriptPath = join(folder, name);
  writeFileSync(scriptPath, script(name));
  const file = join(folder, `${name}.input`);
  writeFileSync(file, bytes);
  return spawnSync('bash', [scriptPath, file], { encoding: 'utf8' });
}

const keys = testKeys();
const flipAt = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
};

describe('checking files with openssl alone, as docs/sync-format.md shows', () => {
  it('uses an openssl that verifies Ed25519 (3.0 or newer)', () => {
    expect(execFileSync('openssl', ['version'], { encoding: 'utf8' })).toMatch(/OpenSSL [3-9]/);
  });

  it('verifies a sync file, and fails on a changed header or body', () => {
    const bytes = testSyncFile(keys, chainedEvents('device-7', 12));
    const good = run('check-sync-file.sh', bytes);
    expect(good.stderr + good.stdout).toContain('Signature Verified Successfully');
    expect(good.stdout).toContain('device device-7: events 1..12, body intact');
    expect(good.status).toBe(0);

    const inHeader = bytes.indexOf('2026-11-28') + 3;
    const header = run('check-sync-file.sh', flipAt(bytes, inHeader));
    expect(header.status).not.toBe(0);
    expect(header.stdout + header.stderr).toContain('Signature Verification Failure');
    const body = run('check-sync-file.sh', flipAt(bytes, bytes.length - 3));
    expect(body.status).not.toBe(0);
    expect(body.stdout).not.toContain('body intact');
  });

  it('verifies a device certificate with the slot key it names, and fails on a changed one', () => {
    const bytes = testSyncFile(keys, chainedEvents('device-7', 3));
    const good = run('check-certificate.sh', bytes);
    expect(good.stderr + good.stdout).toContain('Signature Verified Successfully');
    expect(good.stdout).toContain(`slot 1 key fingerprint: ${keyFingerprint(keys.slot.publicKey)}`);
    expect(good.status).toBe(0);
    // The same laptop's file claiming another device id: the certificate no longer covers it.
    const claimed = testSyncFile(keys, chainedEvents('device-8', 3), {
      certificate: { ...certificateOf(bytes), slot: 1 },
    });
    const bad = run('check-certificate.sh', claimed);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('Signature Verification Failure');
  });

  it('checks a version-2 file carrying a restored range by its own device, slot and range', () => {
    const other = newSigningKeyPair();
    const bytes = testSyncFile(keys, chainedEvents('device-7', 4), {
      restored: {
        device: {
          deviceId: 'device-3',
          devicePublicKey: other.publicKey,
          certificate: { slot: 2, slotPublicKey: other.publicKey, signature: 'x'.repeat(88) },
        },
        events: chainedEvents('device-3', 5),
        attachments: [],
      },
    });
    expect(bytes.subarray(0, 21).toString()).toBe('PRECINCT-DESK-SYNC 2\n');
    const file = run('check-sync-file.sh', bytes);
    expect(file.stdout).toContain('device device-7: events 1..4, body intact');
    expect(file.status).toBe(0);
    const certificate = run('check-certificate.sh', bytes);
    expect(certificate.stdout).toContain(
      `slot 1 key fingerprint: ${keyFingerprint(keys.slot.publicKey)}`,
    );
    expect(certificate.status).toBe(0);
  });

  it('verifies a sealed package without its code and prints the central key fingerprint the app shows', async () => {
    const content = testPackageContent(keys);
    const { bytes } = await buildPackage(
      content,
      {
        packageId: 'pkg-1',
        revision: 1,
        createdAt: '2026-11-28T09:00:00.000Z',
        handoverCode: newHandoverCode(),
      },
      {
        signingKeyPem: keys.centralSigning.privateKeyPem,
        signingPublicKey: keys.centralSigning.publicKey,
      },
    );
    const good = run('check-package.sh', bytes);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain(
      `central key fingerprint: ${keyFingerprint(keys.centralSigning.publicKey)}`,
    );
    expect(good.stdout).toContain('body matches body_sha256');
    expect(good.stdout).toContain(
      `precinct: ${content.precinct.name}, election: ${content.election.name}`,
    );
    const body = run('check-package.sh', flipAt(bytes, bytes.length - 3));
    expect(body.status).not.toBe(0);
  });
});
