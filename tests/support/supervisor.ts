import { inflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { SupervisorState } from '../../src/shared/supervisor/supervisor-contract';
import type { TestCore } from './core';
import { ADMIN, ADMIN_PASSPHRASE } from './cli';
/**
 * Test support for supervisor mode: a central store with its keys, precincts made through
 * `createPackage` (spec and list files on disk), enrolled devices, and precinct events
 * recorded by the real EventLog of a temporary precinct database, packed as sync files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/main/core/kernel/clock';
import type { Db } from '../../src/main/core/kernel/db/database';
import { type EventRow } from '../../src/main/core/kernel/events/event-log';
import type { EventPayloads } from '../../src/main/core/events';
import { readFileSync } from 'node:fs';
import { newSigningKeyPair, type KeyPair } from '../../src/main/core/airgap/keys';
import { openPackage } from '../../src/main/core/airgap/package-file';
import {
  buildSyncFile,
  certify,
  type DeviceCertificate,
} from '../../src/main/core/airgap/sync-file';
import type { PackageContent } from '../../src/shared/sync/package-content';
import type { EventType } from '../../src/shared/event-types';
import { sampleSpec } from '../../src/main/bench/sample-spec';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';
import { openCentralDatabase } from '../../src/main/core/features/supervisor/supervisor-db';
import {
  makeCentralKeys,
  type CentralKeys,
} from '../../src/main/core/features/supervisor/central-keys';
import type { ImportContext } from '../../src/main/core/features/supervisor/import-file';
import { can } from '../../src/main/core/kernel/permissions';
import { createPackage } from '../../src/main/core/features/supervisor/package-maker';
import { createEventLog, EVENT_REGISTRY, openStore } from '../../src/main/core/feature-list';

type VoterData = Parameters<typeof writeVoterCsv>[1] extends Iterable<infer V> ? V : never;

export const ELECTION = 'kz-2027-mazhilis';
/** The account the acts of tests that call the store's functions directly are recorded as. */
export const TEST_SUPERVISOR = {
  id: '6f1c2a8e-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
  name: 'A. Supervisor',
};
export const VOTING_DAY = '2027-03-19';

export interface CentralFixture {
  dir: string;
  db: Db;
  /** The random key the store is encrypted with (as every central store is at rest). */
  storeKey: Buffer;
  keys: CentralKeys;
  ctx: ImportContext;
  /** Writes a file into the fixture's folder and returns its path. */
  file(name: string, bytes: Buffer | string): string;
  dispose(): void;
}

export function centralFixture(maxBytes = 256 * 1024 * 1024): CentralFixture {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-central-'));
  const storeKey = randomBytes(32);
  const db = openCentralDatabase(join(dir, 'central'), true, storeKey) as Db;
  const keys = makeCentralKeys(db, '2027-03-01T00:00:00.000Z');
  let tick = 0;
  const now = () => new Date(Date.parse('2027-03-19T12:00:00Z') + tick++ * 1000).toISOString();
  return {
    dir,
    db,
    storeKey,
    keys,
    ctx: { db, keys, maxBytes, now },
    file(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function spec(precinctId: string, number: number, electionId = ELECTION, laptops = 1) {
  return sampleSpec({
    electionId,
    precinctId,
    number,
    votingDay: VOTING_DAY,
    region: number % 2 === 0 ? 'Almaty' : 'Astana',
    laptops,
  });
}

/** Makes a precinct's package through the real path; returns what the package carries. */
export async function addPrecinct(
  fx: CentralFixture,
  precinctId: string,
  number: number,
  voters: VoterData[] = [...sampleVoters(5, VOTING_DAY, number)],
  electionId = ELECTION,
  laptops = 1,
): Promise<PackageContent> {
  return (await makePackage(fx, precinctId, number, voters, electionId, laptops)).content;
}

/** Makes a precinct's package (its first, or its next revision); returns it and its file. */
export async function makePackage(
  fx: CentralFixture,
  precinctId: string,
  number: number,
  voters: VoterData[] = [...sampleVoters(5, VOTING_DAY, number)],
  electionId = ELECTION,
  laptops = 1,
): Promise<{ content: PackageContent; path: string; handoverCode: string }> {
  const specPath = fx.file(
    `${precinctId}-spec.json`,
    JSON.stringify(spec(precinctId, number, electionId, laptops)),
  );
  const listPath = join(fx.dir, `${precinctId}-list.csv`);
  await writeVoterCsv(listPath, voters);
  const out = join(fx.dir, `${precinctId}-${Date.now()}-${Math.random()}.pdpkg`);
  const made = await createPackage(
    fx.db,
    { specPath, votersPath: listPath, outPath: out },
    '2027-03-01T00:00:00.000Z',
    TEST_SUPERVISOR,
  );
  const read = await openPackage(readFileSync(out), made.handoverCode);
  if (!read.ok) throw new Error(read.problem);
  return { content: read.content, path: out, handoverCode: made.handoverCode };
}

/** A laptop of a precinct, certified by one of the package's device slots. */
export interface TestDevice {
  deviceId: string;
  key: KeyPair;
  certificate: DeviceCertificate;
  content: PackageContent;
}

/** The package members of each enrolled test device: who records its events (recordEvents). */
const membersOfDevice = new Map<string, PackageContent['members']>();
/** Slot keys a test device took already: the next device of a precinct takes the next slot. */
const takenSlots = new Set<string>();

/**
 * A laptop loading the package on `slot` (by default the first slot no test device took):
 * its own key, certified by the slot's key as the package loader certifies it.
 */
export function enrolDevice(content: PackageContent, deviceId: string, slot?: number): TestDevice {
  membersOfDevice.set(deviceId, content.members);
  const chosen =
    slot === undefined
      ? content.slots.find((s) => s.key_pem !== null && !takenSlots.has(s.public_key))
      : content.slots.find((s) => s.slot === slot);
  if (!chosen?.key_pem) throw new Error(`No free device slot for ${deviceId}`);
  takenSlots.add(chosen.public_key);
  const key = newSigningKeyPair();
  const signature = certify(chosen.key_pem, {
    device_id: deviceId,
    device_public_key: key.publicKey,
    election_id: content.election.election_id,
    precinct_id: content.precinct.precinct_id,
    slot: chosen.slot,
  });
  return {
    deviceId,
    key,
    certificate: { slot: chosen.slot, slotPublicKey: chosen.public_key, signature },
    content,
  };
}

const fixedClock = (start: number): Clock => {
  let t = start;
  return { now: () => (t += 60_000), overridden: true };
};

type Recorded = { [T in EventType]: [T, EventPayloads[T]] }[EventType];

/** Records events with the real EventLog of a temporary precinct database; returns the rows. */
export function recordEvents(
  deviceId: string,
  events: Recorded[],
  start = Date.parse('2027-03-19T02:00:00Z'),
): EventRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-events-'));
  const db = openStore(dir);
  try {
    const log = createEventLog(db, deviceId, fixedClock(start));
    db.transaction(() => {
      for (const [type, payload] of events) {
        log.recordApplied(type, actorFor(deviceId, type), payload as never);
      }
    })();
    return db
      .prepare<[string], EventRow>('SELECT * FROM events WHERE device_id = ? ORDER BY seq')
      .all(deviceId);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Who records an event of `type` on an enrolled device: the first of its package's members
 * whose role the type's declared authority allows, as on a real laptop (else a stranger).
 */
function actorFor(deviceId: string, type: string): string {
  const members = membersOfDevice.get(deviceId) ?? [];
  const rules = EVENT_REGISTRY.definition(type)?.authority.actor ?? [];
  const allowed = members.find((m) => rules.some((rule) => rule !== 'self' && can(m.role, rule)));
  return allowed?.member_id ?? 'm-1';
}

export const ballot = (ballotId: string, iin: string): Recorded => [
  'ballot.issued',
  { ballot_id: ballotId, iin, place: 'station', helper_name: null, document_checked: true },
];

/** A sync file of `events` (a contiguous slice of the device's log). */
export function syncFile(
  fx: CentralFixture,
  device: TestDevice,
  events: readonly EventRow[],
  electionId = device.content.election.election_id,
): Buffer {
  return buildSyncFile({
    electionId,
    precinctId: device.content.precinct.precinct_id,
    deviceId: device.deviceId,
    devicePublicKey: device.key.publicKey,
    deviceKeyPem: device.key.privateKeyPem,
    certificate: device.certificate,
    events,
    attachments: [],
    recipients: [fx.keys.encryption.publicKey, device.content.precinct_key.encryption_public_key],
    createdAt: '2027-03-19T15:00:00.000Z',
  }).bytes;
}

/** A digest of the central state that must not depend on the order files came in. */
export function centralDigest(db: Db, without: string[] = []): string {
  const tables: [string, string][] = [
    ['devices', 'device_id, precinct_id, slot, head_seq, head_hash, last_sync_at'],
    ['ballots', 'precinct_id, ballot_id, iin, hour, undone'],
    ['turnout', 'precinct_id, hour, ballots'],
    ['request_items', 'precinct_id, item_id, request_id, kind, status'],
    ['infolog_entries', 'precinct_id, entry_id, kind, withdrawn'],
    ['precinct_counts', '*'],
    ['list_iins', '*'],
    ['alarms', 'alarm_id, kind, subject, precinct_ids, details'],
    ['held_files', 'device_id, first_seq, last_seq'],
  ];
  // Ranges split differently by order; the chain they hold must not.
  const chains = new Map<string, { hashes: string; lines: string[] }>();
  const ranges = db
    .prepare('SELECT device_id, hashes, lines FROM event_ranges ORDER BY device_id, first_seq')
    .all() as { device_id: string; hashes: Buffer; lines: Buffer }[];
  for (const range of ranges) {
    const chain = chains.get(range.device_id) ?? { hashes: '', lines: [] };
    chain.hashes += range.hashes.toString('hex');
    chain.lines.push(inflateRawSync(range.lines).toString('utf8'));
    chains.set(range.device_id, chain);
  }
  const stored = JSON.stringify([...chains].map(([d, c]) => [d, c.hashes, c.lines.join('\n')]));
  return `${stored}\n${tables
    .filter(([table]) => !without.includes(table))
    .map(([table, columns]) =>
      JSON.stringify(
        db
          .prepare(
            table.startsWith('(')
              ? `SELECT ${columns} FROM ${table} GROUP BY device_id ORDER BY 1`
              : `SELECT ${columns} FROM ${table} ORDER BY 1, 2, 3`,
          )
          .raw()
          .all(),
      ),
    )
    .join('\n')}`;
}

/**
 * Supervisor mode started in a test core as the app starts it: the folder chosen, then its
 * administrator made (the store encrypted, the central key made and the store opened).
 */
export async function startCentral(t: Pick<TestCore, 'must'>): Promise<SupervisorState> {
  await t.must('startSupervisorMode', {});
  return t.must('initCentralStore', { account: ADMIN, passphrase: ADMIN_PASSPHRASE });
}
