/**
 * Supervisor mode's scenarios: the central key made with the built CLI, a precinct's spec and
 * list to make its package from, and sync files made as a precinct laptop makes them (a
 * device enrolled with the package's key, a hash-chained range of its events, the body
 * encrypted to the central and precinct keys) with the sync format's own code.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { eventHash, GENESIS_HASH } from '../../../src/main/core/kernel/events/event-hash';
import type { EventRow } from '../../../src/main/core/kernel/events/event-log';
import { formatHlc } from '../../../src/main/core/kernel/events/hlc';
import { newSigningKeyPair, type KeyPair } from '../../../src/main/core/airgap/keys';
import { openPackage, readPackageHeader } from '../../../src/main/core/airgap/package-file';
import {
  buildSyncFile,
  certify,
  type DeviceCertificate,
} from '../../../src/main/core/airgap/sync-file';
import { sampleSpec } from '../../../src/main/bench/sample-spec';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../../../src/main/bench/sample-voters';
import type { VoterData } from '../../../src/main/core/features/voters/voter-store';
import { expect } from '../fixtures';
import { chooseEnglish } from './flows';

const root = resolve(import.meta.dirname, '../../..');
export const VOTING_DAY = '2027-03-19';
export const PRECINCT_ID = 'almaty-412';

/** Runs the built command line (`npm run build` made it). */
export function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [join(root, 'out/main/cli.js'), ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The central store's administrator in the end-to-end tests, and their passphrase. */
export const ADMIN = 'Aigerim Administrator';
export const ADMIN_PASSPHRASE = 'steppe eagle over the river';

/** `--account ADMIN --secret-file FILE` (the file written in `folder`), for the built CLI. */
export function adminArgs(folder: string): string[] {
  const file = join(folder, `admin-secret-${randomUUID()}.txt`);
  writeFileSync(file, `${ADMIN_PASSPHRASE}\n`, { mode: 0o600 });
  return ['--account', ADMIN, '--secret-file', file];
}

/** Fills the account form (the administrator's making, or the unlock) and sends it. */
export async function enterAccount(
  page: Page,
  passphrase = ADMIN_PASSPHRASE,
  button = 'Unlock',
): Promise<void> {
  await page.getByLabel('Account name').fill(ADMIN);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  const again = page.getByLabel('Passphrase again');
  if (await again.count()) await again.fill(passphrase);
  await page.getByRole('button', { name: button }).click();
}

/**
 * The first-run choice of a new data folder: supervisor mode, in English, then its
 * administrator made (the store encrypted) and the central key with it; returns the key's
 * fingerprint as the header shows it (grouped, for the handover act).
 */
export async function startSupervisorMode(page: Page): Promise<string> {
  await chooseEnglish(page);
  await page.getByRole('button', { name: 'Supervisor mode (central commission)' }).click();
  // The header says so (while the state loads, the page's heading says it too).
  await expect(
    page.getByRole('banner').getByText('Supervisor mode — central commission'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Make the administrator' }),
  ).toBeFocused();
  await enterAccount(page, ADMIN_PASSPHRASE, 'Make the administrator');
  await expect(page.getByRole('heading', { level: 1, name: 'Import sync files' })).toBeFocused();
  const shown = (await page.getByTestId('central-fingerprint').textContent()) ?? '';
  expect(shown).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  return shown;
}

/** The central key that signed a package, grouped as the app shows it. */
export function packageSigner(packagePath: string): string {
  const read = readPackageHeader(readFileSync(packagePath));
  if (!read.ok) throw new Error(`The package does not read: ${read.problem}`);
  return (read.centralFingerprint.toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

/** A precinct's spec and a list of `count` voters, written in `folder`. */
export function writePackageInputs(
  folder: string,
  count: number,
  precinct: { id: string; number: number; region: string } = {
    id: PRECINCT_ID,
    number: 412,
    region: 'Almaty',
  },
): { specPath: string; votersPath: string; voters: VoterData[] } {
  const spec = sampleSpec({
    electionId: 'mazhilis-2027',
    precinctId: precinct.id,
    number: precinct.number,
    votingDay: VOTING_DAY,
    name: `School No. ${precinct.number - 400}`,
    region: precinct.region,
    members: [
      { full_name: 'Aigerim Sadykova', role: 'chair' },
      { full_name: 'Yerlan Zhaksybekov', role: 'member' },
    ],
  });

  const voters = [...sampleVoters(count, VOTING_DAY, precinct.number)];
  const specPath = join(folder, `precinct-${precinct.number}.json`);
  const votersPath = join(folder, `voters-${precinct.number}.csv`);
  writeFileSync(specPath, JSON.stringify(spec, null, 2));
  writeFileSync(votersPath, [CSV_HEADER, ...voters.map(voterCsvLine)].join('\n') + '\n');
  return { specPath, votersPath, voters };
}

/** A laptop that took a device slot of a precinct's package, certified by the slot's key. */
export interface Device {
  deviceId: string;
  keys: KeyPair;
  electionId: string;
  precinctId: string;
  certificate: DeviceCertificate;
  actor: string;
  /** X25519 keys its files are encrypted to: the central commission's, then the precinct's. */
  recipients: string[];
}

/** A laptop that takes slot `slotNumber` of a package, opened with its handover code. */
export async function enrolDevice(
  packagePath: string,
  handoverCode: string,
  slotNumber = 1,
): Promise<Device> {
  const read = await openPackage(readFileSync(packagePath), handoverCode);
  if (!read.ok) throw new Error(`The package does not read: ${read.problem}`);
  const { content } = read;
  const slot = content.slots.find((s) => s.slot === slotNumber);
  if (!slot?.key_pem) throw new Error(`The package offers no slot ${slotNumber}`);
  const keys = newSigningKeyPair();
  const deviceId = `dev-${randomUUID()}`;
  const signature = certify(slot.key_pem, {
    device_id: deviceId,
    device_public_key: keys.publicKey,
    election_id: content.election.election_id,
    precinct_id: content.precinct.precinct_id,
    slot: slot.slot,
  });
  return {
    deviceId,
    keys,
    electionId: content.election.election_id,
    precinctId: content.precinct.precinct_id,
    certificate: { slot: slot.slot, slotPublicKey: slot.public_key, signature },
    actor: content.members.at(-1)?.member_id ?? 'member',
    recipients: [content.central.encryption_public_key, content.precinct_key.encryption_public_key],
  };
}

/**
 * The device's ballots as events from seq 1, hash-chained: one `ballot.issued` per voter at
 * the given precinct-local time of voting day (Almaty is UTC+5).
 */
export function ballotEvents(device: Device, ballots: { iin: string; time: string }[]): EventRow[] {
  let prev = GENESIS_HASH;
  return ballots.map(({ iin, time }, index) => {
    const fields = {
      deviceId: device.deviceId,
      seq: index + 1,
      hlc: formatHlc({ physical: Date.parse(`${VOTING_DAY}T${time}:00+05:00`), counter: index }),
      type: 'ballot.issued',
      actor: device.actor,
      payloadJson: JSON.stringify({
        ballot_id: `ballot-${randomUUID()}`,
        document_checked: true,
        helper_name: null,
        iin,
        place: 'station',
      }),
    };
    const hash = eventHash(prev, fields);
    const row: EventRow = {
      device_id: fields.deviceId,
      seq: fields.seq,
      hlc: fields.hlc,
      type: fields.type,
      actor: fields.actor,
      payload_json: fields.payloadJson,
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
}

/** Writes a sync file of `events` (contiguous, of this device) at `path`. */
export function writeSyncFile(path: string, device: Device, events: EventRow[]): void {
  const { bytes } = buildSyncFile({
    electionId: device.electionId,
    precinctId: device.precinctId,
    deviceId: device.deviceId,
    devicePublicKey: device.keys.publicKey,
    deviceKeyPem: device.keys.privateKeyPem,
    certificate: device.certificate,
    events,
    attachments: [],
    recipients: device.recipients,
    createdAt: new Date().toISOString(),
  });
  writeFileSync(path, bytes);
}

/** A copy of a file with one byte of its body (the last one) flipped. */
export function tamperedCopy(from: string, to: string): void {
  const bytes = Buffer.from(readFileSync(from));
  const at = bytes.length - 1;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(to, bytes);
}

/** Opens one of supervisor mode's sections from its navigation. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Supervisor mode sections' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/**
 * A precinct's package made with the CLI (`package create --json`); its path, voters, and the
 * handover code the command printed once.
 */
export function packageByCli(
  dataDir: string,
  folder: string,
  count: number,
  precinct?: { id: string; number: number; region: string },
): { packagePath: string; voters: VoterData[]; code: string } {
  const { specPath, votersPath, voters } = writePackageInputs(folder, count, precinct);
  const packagePath = join(folder, `${precinct?.id ?? PRECINCT_ID}.pdpkg`);
  const made = cli(
    'package',
    'create',
    '--data-dir',
    dataDir,
    '--precinct-spec',
    specPath,
    '--voters',
    votersPath,
    '--out',
    packagePath,
    '--json',
    ...adminArgs(folder),
  );
  expect(made.code, made.err).toBe(0);
  const printed = JSON.parse(made.out) as {
    file: string;
    revision: number;
    sha256: string;
    fingerprint: string;
    handover_code: string;
  };
  expect(printed).toMatchObject({ file: packagePath, revision: 1 });
  return { packagePath, voters, code: printed.handover_code };
}
