/**
 * Precinct packages made the way the central commission makes them, for tests (unit, CLI and
 * end to end): fresh keys, a content, and the signed file. Not used by the app itself.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Role } from '../../src/shared/roles';
import type { PackageContent } from '../../src/shared/sync/package-content';
import type { VoterData } from '../../src/main/core/features/voters/voter-store';
import { CSV_HEADER, voterCsvLine } from '../../src/main/bench/sample-voters';
import {
  newEncryptionKeyPair,
  newSigningKeyPair,
  type KeyPair,
} from '../../src/main/core/airgap/keys';
import { buildPackage } from '../../src/main/core/airgap/package-file';
import { SAMPLE_BALLOT } from '../../src/main/bench/sample-ballot';

export interface CentralKeys {
  signing: KeyPair;
  encryption: KeyPair;
}

/** The central commission's keys. */
export function newCentralKeys(): CentralKeys {
  return { signing: newSigningKeyPair(), encryption: newEncryptionKeyPair() };
}

export interface PrecinctKeys {
  /** One key per device slot, slot 1 first. */
  slots: KeyPair[];
  encryption: KeyPair;
}

export const newPrecinctKeys = (laptops = 1): PrecinctKeys => ({
  slots: Array.from({ length: laptops }, () => newSigningKeyPair()),
  encryption: newEncryptionKeyPair(),
});

export const FIXTURE_MEMBERS: { member_id: string; full_name: string; role: Role }[] = [
  { member_id: 'm-chair', full_name: 'Aigerim Sadykova', role: 'chair' },
  { member_id: 'm-deputy', full_name: 'Nurlan Omarov', role: 'deputy_chair' },
  { member_id: 'm-secretary', full_name: 'Dana Serikova', role: 'secretary' },
  { member_id: 'm-member', full_name: 'Yerlan Zhaksybekov', role: 'member' },
];

export function listCsv(voters: readonly VoterData[]): string {
  return `${CSV_HEADER}\n${voters.map(voterCsvLine).join('\n')}\n`;
}

/** A package's content for precinct 412 of the sample election. */
export function packageContent(options: {
  central: CentralKeys;
  precinct: PrecinctKeys;
  voters: readonly VoterData[];
  electionId?: string;
  precinctId?: string;
  number?: number;
  members?: PackageContent['members'];
  revoked?: PackageContent['revoked_devices'];
}): PackageContent {
  const csv = listCsv(options.voters);
  return {
    election: {
      election_id: options.electionId ?? 'mazhilis-2027',
      kind: 'election',
      name: 'Election of deputies of the Mazhilis',
      voting_day: '2027-03-19',
      opens: '07:00',
      closes: '20:00',
      home_voting_cutoff: '14:00',
      complaint_deadlines: { standard_days: 5, voter_list_days: 1, same_day_days_before: 0 },
      ballot: SAMPLE_BALLOT,
      protocol: { quorum: 'more_than_half' },
    },
    precinct: {
      precinct_id: options.precinctId ?? 'almaty-412',
      number: options.number ?? 412,
      name: 'School No. 12',
      region: 'Almaty',
      district: 'Bostandyq',
      address: 'Almaty, Timiryazev St 15',
      time_zone: 'Asia/Almaty',
      abroad: false,
      country: null,
    },
    members: options.members ?? FIXTURE_MEMBERS,
    voters: {
      file_name: 'list-412.csv',
      csv,
      sha256: createHash('sha256').update(csv, 'utf8').digest('hex'),
      rows: options.voters.length,
    },
    precinct_key: {
      encryption_key_pem: options.precinct.encryption.privateKeyPem,
      encryption_public_key: options.precinct.encryption.publicKey,
    },
    slots: options.precinct.slots.map((key, i) => ({
      slot: i + 1,
      label: null,
      public_key: key.publicKey,
      key_pem: key.privateKeyPem,
    })),
    revoked_devices: options.revoked ?? [],
    central: {
      signing_public_key: options.central.signing.publicKey,
      encryption_public_key: options.central.encryption.publicKey,
    },
  };
}

/** Seals a content with the handover code, signs it as a package, writes it; its bytes. */
export async function writePackage(
  path: string,
  content: PackageContent,
  central: CentralKeys,
  handoverCode: string,
  revision = 1,
): Promise<Buffer> {
  const { bytes } = await buildPackage(
    content,
    {
      packageId: `${content.precinct.precinct_id}-r${revision}`,
      revision,
      createdAt: '2027-03-01T04:00:00.000Z',
      handoverCode,
    },
    { signingKeyPem: central.signing.privateKeyPem, signingPublicKey: central.signing.publicKey },
  );
  writeFileSync(path, bytes);
  return bytes;
}
