/**
 * The national bench's data (docs/benchmarks.md, "National"), made once per scale and seed
 * and cached outside the repository: a central store holding every precinct's package as
 * `package create` records it (keys, slots, members, list), and the voting day's sync files of
 * every laptop. The store holds generated data only; its key is derived from the scale and
 * seed, so no key is written anywhere. `meta.json`, written last, marks the data complete and
 * names the planted conflicts by their IINs' SHA-256 (the IINs themselves stay in the files).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PackageContent } from '@shared/sync/package-content';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { makeCentralKeys, type CentralKeys } from '../core/features/supervisor/central-keys';
import { recordPackage } from '../core/features/supervisor/package-maker';
import type { Db } from '../core/kernel/db/database';
import { newEncryptionKeyPair, newSigningKeyPair } from '../core/airgap/keys';
import { buildSyncFile, certify } from '../core/airgap/sync-file';
import { SYNC_FILE_EXTENSION } from '../core/airgap/file-endings';
import { deviceOf, listOf, memberOf, chairOf, precinctExports } from './national-day';
import {
  nationalIin,
  nationalPlan,
  NATIONAL_ELECTION,
  NATIONAL_VOTING_DAY,
  type NationalPlan,
  type PlannedPrecinct,
} from './national-plan';

export const NATIONAL_GENERATE_FLAG = '--generate-national';
/** Bumped whenever the generated data changes: older caches are made again. */
const DATA_VERSION = 1;

export interface NationalMeta {
  version: number;
  scale: number;
  seed: number;
  precincts: number;
  abroad: number;
  voters: number;
  laptops: number;
  files: number;
  events: number;
  ballots: number;
  /** SHA-256 (hex) of each IIN planted with two ballots in force, and on two lists. */
  expected: { doubleBallots: string[]; twoLists: string[] };
  generateSeconds: number;
}

/** Where the data of a scale and seed is kept: the user's cache folder, never the repository. */
export function nationalCacheDir(scale: number, seed: number): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'precinct-desk-bench', `national-v${DATA_VERSION}-s${scale}-n${seed}`);
}

/** The generated store's key: derived, since the store holds generated data only. */
export function nationalStoreKey(scale: number, seed: number): Buffer {
  return createHash('sha256').update(`precinct-desk national bench ${scale} ${seed}`).digest();
}

/** The cached data's description, or null when it is missing, partial or of another version. */
export function readNationalMeta(dir: string): NationalMeta | null {
  const path = join(dir, 'meta.json');
  if (!existsSync(path)) return null;
  const meta = JSON.parse(readFileSync(path, 'utf8')) as NationalMeta;
  return meta.version === DATA_VERSION ? meta : null;
}

export const iinDigest = (iin: string) => createHash('sha256').update(iin).digest('hex');

interface Laptop {
  deviceId: string;
  key: ReturnType<typeof newSigningKeyPair>;
  certificate: { slot: number; slotPublicKey: string; signature: string };
}

function packageContent(
  plan: NationalPlan,
  p: PlannedPrecinct,
  central: CentralKeys,
): { content: PackageContent; laptops: Laptop[] } {
  const encryption = newEncryptionKeyPair();
  const slots = Array.from({ length: p.laptops }, (_, i) => ({
    slot: i + 1,
    ...newSigningKeyPair(),
  }));
  const lines = ['iin,last_name,first_name,patronymic,birth_date,address'];
  for (const voter of listOf(plan, p)) lines.push(`${nationalIin(voter)},A,B,,1970-01-01,C`);
  const csv = `${lines.join('\r\n')}\r\n`;
  const abroad = p.country !== null;
  const content: PackageContent = {
    election: {
      election_id: NATIONAL_ELECTION,
      kind: 'referendum',
      name: 'National bench referendum',
      voting_day: NATIONAL_VOTING_DAY,
      opens: '07:00',
      closes: '20:00',
      home_voting_cutoff: '12:00',
      complaint_deadlines: { standard_days: 5, voter_list_days: 3, same_day_days_before: 1 },
    },
    precinct: {
      precinct_id: p.precinctId,
      number: p.number,
      name: abroad ? `Embassy precinct ${p.number}` : `School precinct ${p.number}`,
      region: p.region,
      district: p.district,
      address: 'Address',
      time_zone: p.timeZone,
      abroad,
      country: p.country,
    },
    members: [
      { member_id: chairOf(p), full_name: 'Chair', role: 'chair' },
      ...Array.from({ length: p.laptops }, (_, i) => ({
        member_id: memberOf(p, i),
        full_name: `Member ${i + 1}`,
        role: 'member' as const,
      })),
    ],
    voters: { file_name: 'list.csv', csv, sha256: '0'.repeat(64), rows: lines.length - 1 },
    precinct_key: {
      encryption_key_pem: encryption.privateKeyPem,
      encryption_public_key: encryption.publicKey,
    },
    slots: slots.map((s) => ({
      slot: s.slot,
      label: null,
      public_key: s.publicKey,
      key_pem: s.privateKeyPem,
    })),
    revoked_devices: [],
    central: {
      signing_public_key: central.signing.publicKey,
      encryption_public_key: central.encryption.publicKey,
    },
  };
  const laptops = slots.map((slot, i) => {
    const deviceId = deviceOf(p, i);
    const key = newSigningKeyPair();
    const signature = certify(slot.privateKeyPem, {
      device_id: deviceId,
      device_public_key: key.publicKey,
      election_id: NATIONAL_ELECTION,
      precinct_id: p.precinctId,
      slot: slot.slot,
    });
    return {
      deviceId,
      key,
      certificate: { slot: slot.slot, slotPublicKey: slot.publicKey, signature },
    };
  });
  return { content, laptops };
}

/** Precincts recorded per transaction while generating. */
const PRECINCTS_PER_COMMIT = 200;

/**
 * Makes the data into `dir` (emptied first): `central/` (the store with every package),
 * `files/` (the day's sync files, named by export round, precinct and laptop, so a folder
 * import reads them in the order the day made them), then `meta.json`.
 */
export function generateNational(dir: string, scale: number, seed: number): NationalMeta {
  const started = process.hrtime.bigint();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  const plan = nationalPlan(scale, seed);
  const db = openCentralDatabase(join(dir, 'central'), true, nationalStoreKey(scale, seed)) as Db;
  const totals = { laptops: 0, files: 0, events: 0, ballots: 0 };
  try {
    const central = makeCentralKeys(db, `${NATIONAL_VOTING_DAY}T00:00:00.000Z`);
    for (let i = 0; i < plan.precincts.length; i += PRECINCTS_PER_COMMIT) {
      db.transaction(() => {
        for (const p of plan.precincts.slice(i, i + PRECINCTS_PER_COMMIT)) {
          writePrecinct(dir, plan, p, central, db, totals);
        }
      })();
    }
  } finally {
    db.close();
  }
  const twoLists = [...new Set(plan.conflicts.overlaps.map(([v]) => iinDigest(nationalIin(v))))];
  const meta: NationalMeta = {
    version: DATA_VERSION,
    scale,
    seed,
    precincts: plan.precincts.length,
    abroad: plan.precincts.filter((p) => p.country !== null).length,
    voters: plan.voters,
    ...totals,
    expected: {
      doubleBallots: plan.conflicts.doubles.map((v) => iinDigest(nationalIin(v))).sort(),
      twoLists: twoLists.sort(),
    },
    generateSeconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  return meta;
}

function writePrecinct(
  dir: string,
  plan: NationalPlan,
  p: PlannedPrecinct,
  central: CentralKeys,
  db: Db,
  totals: { laptops: number; files: number; events: number; ballots: number },
): void {
  const { content, laptops } = packageContent(plan, p, central);
  recordPackage(db, content, {
    packageId: `pkg-${p.precinctId}`,
    revision: 1,
    sha256: '0'.repeat(64),
    path: '-',
    now: `${NATIONAL_VOTING_DAY}T00:00:00.000Z`,
  });
  totals.laptops += laptops.length;
  for (const made of precinctExports(plan, p)) {
    const laptop = laptops[made.laptop] as Laptop;
    const last = made.events.at(-1);
    const bytes = buildSyncFile({
      electionId: NATIONAL_ELECTION,
      precinctId: p.precinctId,
      deviceId: laptop.deviceId,
      devicePublicKey: laptop.key.publicKey,
      deviceKeyPem: laptop.key.privateKeyPem,
      certificate: laptop.certificate,
      events: made.events,
      attachments: [],
      recipients: [central.encryption.publicKey, content.precinct_key.encryption_public_key],
      createdAt: new Date(Number((last?.hlc ?? '0').split('.')[0]) + 60_000).toISOString(),
    }).bytes;
    const name = `r${made.round}-${String(p.number).padStart(5, '0')}-l${made.laptop + 1}`;
    writeFileSync(join(dir, 'files', `${name}${SYNC_FILE_EXTENSION}`), bytes);
    totals.files++;
    totals.events += made.events.length;
    totals.ballots += made.events.filter((e) => e.type === 'ballot.issued').length;
  }
}
