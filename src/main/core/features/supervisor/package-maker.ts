import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { PackageCreated, PackageInputsCheck } from '@shared/supervisor/supervisor-contract';
import type { PackageContent } from '@shared/sync/package-content';
import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { writeDurably } from '../../kernel/durable-file';
import { buildPackage } from '../../airgap/package-file';
import { newHandoverCode } from '../../airgap/handover-code';
import { newEncryptionKeyPair } from '../../airgap/keys';
import { checkListFile, type CheckOutcome } from '../voters';
import { RowChecker, type CheckedVoter } from '../voters';
import { refreshListConflicts } from './conflicts';
import { requireCentralKeys } from './central-keys';
import { durably } from './supervisor-db';
import { recordSupervisorAct, type ActingAccount } from './supervisor-log';
import { readPrecinctSpec, specInvalid, type PrecinctSpec } from './precinct-spec';
import { packageSlots, recordSlots, revokedDevices } from './slots';

/** A list with rows in error: no package is made; the outcome says why (as `voters check`). */
export class ListHasErrors extends DomainError {
  constructor(readonly outcome: CheckOutcome) {
    // Rows and errors counted apart: one row may hold several errors.
    const rows = outcome.rejectedRows.length;
    super('voter_list_errors', `The voter list has ${rows} rows with errors`, {
      rows,
      errors: outcome.errorCount,
    });
  }
}

const CSV_COLUMNS = ['iin', 'last_name', 'first_name', 'patronymic', 'birth_date', 'address'];
const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The checked list as the UTF-8 CSV list file a package carries. */
function listCsv(voters: readonly CheckedVoter[]): string {
  const lines = [[...CSV_COLUMNS, 'precinct'].join(',')];
  for (const v of voters) {
    lines.push(
      [
        v.iin,
        v.lastName,
        v.firstName,
        v.patronymic ?? '',
        v.birthDate,
        v.address,
        v.precinct === null ? '' : String(v.precinct),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface StoredPrecinct {
  election_id: string;
  revision: number;
  enrollment_encryption_public_key: string;
  enrollment_encryption_key_pem: string;
}

/** The members with ids: kept from the last revision when name and role match, else new. */
function memberIds(db: Db, precinctId: string, spec: PrecinctSpec): PackageContent['members'] {
  const known = db
    .prepare<[string], { member_id: string; full_name: string; role: string }>(
      'SELECT member_id, full_name, role FROM precinct_members WHERE precinct_id = ?',
    )
    .all(precinctId);
  const taken = new Set<string>();
  return spec.members.map((member) => {
    const match = known.find(
      (k) => !taken.has(k.member_id) && k.full_name === member.full_name && k.role === member.role,
    );
    const memberId = match?.member_id ?? `m-${randomUUID()}`;
    taken.add(memberId);
    return { member_id: memberId, full_name: member.full_name, role: member.role };
  });
}

/** The spec read and the list checked against its voting day, as a package is made. */
async function readInputs(
  input: { specPath: string; votersPath: string },
  onValid?: (voter: CheckedVoter) => void,
): Promise<{ spec: PrecinctSpec; outcome: CheckOutcome }> {
  const spec = await readPrecinctSpec(input.specPath);
  const checker = new RowChecker({ votingDay: spec.election.voting_day, list: null });
  const outcome = await checkListFile({ path: input.votersPath }, checker, onValid);
  return { spec, outcome };
}

/**
 * A package's spec and list checked as `createPackage` checks them, nothing kept or written:
 * the screen says what is wrong before it asks where to save. A spec or list file that cannot
 * be used is refused with its code; a list with rows in error is answered with the counts.
 */
export async function checkPackageInputs(input: {
  specPath: string;
  votersPath: string;
}): Promise<PackageInputsCheck> {
  const { outcome } = await readInputs(input);
  return {
    rows: outcome.rows,
    errorRows: outcome.rejectedRows.length,
    errors: outcome.errorCount,
    warnings: outcome.warningCount,
  };
}

/**
 * Makes a precinct's package: the spec and the list checked (no package when a row has an
 * error), the precinct's encryption key and its device slots' keys made once and reused by
 * later revisions (a slot a device was seen with goes without its private key); then the
 * precinct (its keys, slots and member ids), its list's IINs, the package and the act in the
 * supervisor log (made `by` the logged-in account) recorded and committed with synchronous = FULL, and only then the file written durably (flushed, renamed
 * into place, the folder flushed).
 *
 * In that order a crash or a failed write leaves at worst a recorded revision with no file:
 * no laptop holds it, and the next package for the precinct reuses the recorded keys and
 * member ids under the next revision. The other order could leave a package in a precinct's
 * hands whose slot keys the store never kept, and every file its laptops send refused as
 * `unknown_slot`.
 */
export async function createPackage(
  db: Db,
  input: { specPath: string; votersPath: string; outPath: string },
  now: string,
  by: ActingAccount,
): Promise<PackageCreated> {
  const central = requireCentralKeys(db);
  const voters: CheckedVoter[] = [];
  const { spec, outcome } = await readInputs(input, (v) => voters.push(v));
  if (outcome.errorCount > 0) throw new ListHasErrors(outcome);

  const precinctId = spec.precinct.precinct_id;
  const stored = db
    .prepare<[string], StoredPrecinct>('SELECT * FROM precincts WHERE precinct_id = ?')
    .get(precinctId);
  if (stored && stored.election_id !== spec.election.election_id) {
    throw specInvalid('other_election', 'precinct.precinct_id');
  }
  const encryption = stored
    ? {
        publicKey: stored.enrollment_encryption_public_key,
        privateKeyPem: stored.enrollment_encryption_key_pem,
      }
    : newEncryptionKeyPair();
  const csv = listCsv(voters);
  const content: PackageContent = {
    election: spec.election,
    precinct: spec.precinct,
    members: memberIds(db, precinctId, spec),
    voters: {
      file_name: basename(input.votersPath),
      csv,
      sha256: createHash('sha256').update(csv, 'utf8').digest('hex'),
      rows: voters.length,
    },
    precinct_key: {
      encryption_key_pem: encryption.privateKeyPem,
      encryption_public_key: encryption.publicKey,
    },
    slots: packageSlots(db, precinctId, spec),
    revoked_devices: revokedDevices(db, precinctId),
    central: {
      signing_public_key: central.signing.publicKey,
      encryption_public_key: central.encryption.publicKey,
    },
  };
  const revision = (stored?.revision ?? 0) + 1;
  const packageId = `pkg-${randomUUID()}`;
  // The code is answered once to the supervisor and kept nowhere: not in the store, not in logs.
  const handoverCode = newHandoverCode();
  const built = await buildPackage(
    content,
    { packageId, revision, createdAt: now, handoverCode },
    { signingKeyPem: central.signing.privateKeyPem, signingPublicKey: central.signing.publicKey },
  );
  const sha256 = createHash('sha256').update(built.bytes).digest('hex');
  durably(db, () => {
    recordPackage(db, content, { packageId, revision, sha256, path: input.outPath, now });
    recordSupervisorAct(
      db,
      by,
      {
        type: 'package.made',
        details: {
          precinct_id: precinctId,
          package_id: packageId,
          revision,
          voter_rows: voters.length,
          sha256,
        },
      },
      now,
    );
  });
  await writeDurably(input.outPath, built.bytes);
  return {
    path: input.outPath,
    packageId,
    precinctId,
    revision,
    voterRows: voters.length,
    sha256,
    centralFingerprint: central.fingerprint,
    electionName: spec.election.name,
    precinctNumber: spec.precinct.number,
    precinctName: spec.precinct.name,
    handoverCode,
  };
}

/**
 * Records a package made (or, in the bench, generated): precinct, members, list, package.
 * `createPackage` runs it through `durably`; alone it joins the caller's transaction.
 */
export function recordPackage(
  db: Db,
  content: PackageContent,
  meta: { packageId: string; revision: number; sha256: string; path: string; now: string },
): void {
  const { election, precinct, precinct_key: key } = content;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO precincts (precinct_id, election_id, number, name, region, district, time_zone,
         voting_day, content_json, enrollment_encryption_public_key,
         enrollment_encryption_key_pem, revision, voters, updated_at)
       VALUES (@precinct_id, @election_id, @number, @name, @region, @district, @time_zone,
         @voting_day, @content_json, @ep, @ek, @revision, @voters, @now)
       ON CONFLICT (precinct_id) DO UPDATE SET number = excluded.number, name = excluded.name,
         region = excluded.region, district = excluded.district, time_zone = excluded.time_zone,
         voting_day = excluded.voting_day, content_json = excluded.content_json,
         revision = excluded.revision, voters = excluded.voters, updated_at = excluded.updated_at`,
    ).run({
      precinct_id: precinct.precinct_id,
      election_id: election.election_id,
      number: precinct.number,
      name: precinct.name,
      region: precinct.region,
      district: precinct.district,
      time_zone: precinct.time_zone,
      voting_day: election.voting_day,
      content_json: JSON.stringify({ election, precinct, voters_sha256: content.voters.sha256 }),
      ep: key.encryption_public_key,
      ek: key.encryption_key_pem,
      revision: meta.revision,
      voters: content.voters.rows,
      now: meta.now,
    });
    recordSlots(db, precinct.precinct_id, content.slots, meta.now);
    db.prepare('DELETE FROM precinct_members WHERE precinct_id = ?').run(precinct.precinct_id);
    const member = db.prepare(
      'INSERT INTO precinct_members (precinct_id, member_id, full_name, role) VALUES (?, ?, ?, ?)',
    );
    for (const m of content.members)
      member.run(precinct.precinct_id, m.member_id, m.full_name, m.role);
    db.prepare(
      'INSERT INTO packages (package_id, precinct_id, revision, sha256, voter_rows, path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      meta.packageId,
      precinct.precinct_id,
      meta.revision,
      meta.sha256,
      content.voters.rows,
      meta.path,
      meta.now,
    );
    db.prepare("DELETE FROM list_iins WHERE precinct_id = ? AND source = 'package'").run(
      precinct.precinct_id,
    );
    const iins = content.voters.csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.slice(0, 12));
    db.prepare(
      `INSERT OR IGNORE INTO list_iins (iin, precinct_id, source)
       SELECT value, ?, 'package' FROM json_each(?)`,
    ).run(precinct.precinct_id, JSON.stringify(iins));
    db.prepare('INSERT OR IGNORE INTO precinct_counts (precinct_id) VALUES (?)').run(
      precinct.precinct_id,
    );
    refreshListConflicts(db, precinct.precinct_id, null, meta.now);
  })();
}
