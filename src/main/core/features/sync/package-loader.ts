import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { PrecinctSetup } from '@shared/api';
import { DomainError } from '@shared/result';
import type { PackageContent } from '@shared/sync/package-content';
import type {
  PackageLoadKind,
  PackageLoadResult,
  PackagePreview,
} from '@shared/sync/sync-contract';
import { foldName } from '@shared/voters/fold';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { DoorKeeper } from '../../kernel/at-rest/door-keeper';
import { refuseOtherMode } from '../../kernel/folder-mode';
import type { EventLog } from '../../events';
import type { MembersService } from '../members';
import { isValidTimeZone } from '../../kernel/time/local-time';
import type { PrecinctService } from '../precinct';
import { VoterListService } from '../voters';
import { voterCount } from '../voters';
import { readEnvelopeFile } from '../../airgap/container';
import { openPackage, readPackageHeader, type PackageHeader } from '../../airgap/package-file';
import { certify } from '../../airgap/sync-file';
import { ballotSetPayload } from '../../airgap/package-facts';
import { markListApplied } from '../voters';
import { applyListUpdate, emptyDifferences, packageVoters } from './list-diff';
import { chooseSlot } from './device-slots';
import { memberInput, setupOf } from './package-setup';
import {
  activeChairs,
  deviceKey,
  readKeys,
  writeKeys,
  writeSlots,
  type SyncKeys,
} from './sync-store';

interface Examined {
  kind: PackageLoadKind;
  header: PackageHeader;
  fingerprint: string;
  fileSha256: string;
  bytes: Buffer;
}

interface Opened extends Examined {
  content: PackageContent;
}

/** Loads the central commission's signed package: first run, after a manual setup, or newer. */
export class PackageService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
    private readonly members: MembersService,
    /**
     * The store's door: the commission's wrap of the store key is written before the load
     * commits, so a kill after the commit never leaves a loaded store the commission's key
     * cannot open (a kill before it leaves that wrap on a store still empty).
     */
    private readonly door: Pick<DoorKeeper, 'wrapForCommission'> | null = null,
  ) {}

  /**
   * Reads and checks a package file against this laptop; writes nothing. Without the handover
   * code only the signed header is read; with it, the sealed body too (a wrong code refused).
   */
  async preview(path: string, handoverCode?: string): Promise<PackagePreview> {
    const examined = this.examine(path);
    const { kind, header, fingerprint } = examined;
    const content = handoverCode ? (await this.open(examined, handoverCode)).content : null;
    return {
      kind,
      centralFingerprint: fingerprint,
      packageId: header.package_id,
      revision: header.revision,
      createdAt: header.created_at,
      election: { electionId: header.election_id, name: header.election_name },
      precinct: {
        precinctId: header.precinct_id,
        number: header.precinct_number,
        name: header.precinct_name,
      },
      voterRows: header.voter_rows,
      contents: content && {
        electionKind: content.election.kind,
        votingDay: content.election.voting_day,
        region: content.precinct.region,
        district: content.precinct.district,
        address: content.precinct.address,
        timeZone: content.precinct.time_zone,
        members: content.members.map((m) => ({
          memberId: m.member_id,
          fullName: m.full_name,
          role: m.role,
        })),
      },
      slots: header.slots,
      currentSlot: readKeys(this.db)?.slot ?? null,
    };
  }

  /**
   * Loads a package in one transaction: the precinct, its members, its rules, its list (or the
   * list's differences), the keys, and this laptop's enrolment. `handoverCode` opens the
   * sealed body; `expectedFingerprint` is the central key the chair compared; `slot` the device
   * slot the chair chose for this laptop (needed at a first load when the package offers more
   * than one). A refusal (a wrong code among them) changes nothing.
   */
  async load(
    path: string,
    handoverCode: string,
    actor: string | null,
    source: 'app' | 'cli',
    expectedFingerprint?: string,
    slot?: number,
  ): Promise<PackageLoadResult> {
    const header0 = this.examine(path);
    if (expectedFingerprint && header0.fingerprint !== expectedFingerprint) {
      throw new DomainError('wrong_central_key', 'The package is signed by another central key');
    }
    const examined = await this.open(header0, handoverCode);
    const { kind, header, content } = examined;
    const chosen = kind === 'update' ? null : chooseSlot(content, slot);
    // A newer package changes the list and the commission: the chair loads it, logged in.
    if (kind === 'update' && actor === null) {
      throw new DomainError('forbidden', 'A newer package is loaded by the chair, logged in');
    }
    const setup = setupOf(content);
    const memberInputs = content.members.map(memberInput);
    if (kind === 'first_run') this.precinct.validateSetup(setup, memberInputs);
    const votingDay = content.election.voting_day;
    // The list is read and checked before anything is written: an unusable list refuses all.
    const incoming = await packageVoters(content.voters.csv, content.voters.file_name, votingDay);
    const db = this.db;
    db.exec('BEGIN IMMEDIATE');
    try {
      if (kind === 'first_run') this.precinct.validateSetup(setup, memberInputs);
      const author = this.recordPrecinct(kind, content, setup, actor);
      const keys = this.storeKeys(examined, chosen);
      if (chosen) this.enrol(keys, author);
      let votersImported = 0;
      let differences = emptyDifferences();
      if (voterCount(db) === 0) {
        votersImported = await this.importList(content, author, source);
      } else {
        differences = applyListUpdate(
          db,
          this.log,
          author,
          incoming,
          header.package_id,
          header.revision,
        );
      }
      const kept =
        differences.counts.kept_added +
        differences.counts.kept_removed +
        differences.counts.kept_correction +
        differences.counts.kept_ballot;
      this.log.record('sync.package_loaded', author, {
        package_id: header.package_id,
        revision: header.revision,
        kind,
        central_fingerprint: examined.fingerprint,
        file_sha256: examined.fileSha256,
        added: differences.counts.added,
        corrected: differences.counts.corrected,
        removed: differences.counts.removed,
        kept,
      });
      db.prepare(
        `INSERT INTO sync_packages (package_id, revision, kind, file_sha256, loaded_at, loaded_by,
           differences_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        header.package_id,
        header.revision,
        kind,
        examined.fileSha256,
        new Date(this.clock.now()).toISOString(),
        actor,
        JSON.stringify(differences.counts),
      );
      this.door?.wrapForCommission(keys.central_encryption_public_key);
      db.exec('COMMIT');
      return {
        kind,
        revision: header.revision,
        votersImported,
        differences,
        chairs: kind === 'first_run' ? activeChairs(db) : [],
      };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Verifies the file and decides how it meets this laptop; throws the refusal's code. */
  private examine(path: string): Examined {
    // Supervisor mode's folder loads no package, not even to preview it (`supervisor_folder`).
    refuseOtherMode(this.db, 'precinct');
    if (!existsSync(path)) throw new DomainError('path_not_found', `No file at ${path}`, { path });
    const file = readEnvelopeFile(path, 'package');
    if (!file.ok) throw new DomainError(file.problem, `The package is refused: ${file.problem}`);
    const bytes = file.bytes ?? Buffer.alloc(0);
    const keys = readKeys(this.db);
    const result = readPackageHeader(bytes, keys?.central_fingerprint);
    if (!result.ok) {
      throw new DomainError(result.problem, `The package is refused: ${result.problem}`);
    }
    const { header } = result;
    let kind: PackageLoadKind;
    if (keys) {
      if (keys.election_id !== header.election_id) {
        throw new DomainError('wrong_election', 'The package is for another election');
      }
      if (keys.precinct_id !== header.precinct_id) {
        throw new DomainError('wrong_precinct', 'The package is for another precinct');
      }
      if (header.revision <= keys.revision) {
        throw new DomainError(
          'package_not_newer',
          'This package is not newer than the one loaded',
          {
            revision: keys.revision,
          },
        );
      }
      kind = 'update';
    } else {
      const here = this.precinct.get();
      if (here && here.precinctNumber !== header.precinct_number) {
        throw new DomainError('wrong_precinct', 'The package is for another precinct');
      }
      kind = here ? 'adopted' : 'first_run';
    }
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    return { kind, header, fingerprint: result.centralFingerprint, fileSha256, bytes };
  }

  /** Opens the sealed body with the handover code; throws the refusal's code. */
  private async open(examined: Examined, handoverCode: string): Promise<Opened> {
    const result = await openPackage(examined.bytes, handoverCode, examined.fingerprint);
    if (!result.ok) {
      const details = result.group === undefined ? undefined : { group: result.group };
      throw new DomainError(result.problem, `The package is refused: ${result.problem}`, details);
    }
    const { content } = result;
    if (!isValidTimeZone(content.precinct.time_zone)) {
      throw new DomainError('malformed', `Unknown time zone ${content.precinct.time_zone}`);
    }
    return { ...examined, content };
  }

  /** Records the precinct and its members; returns who the events are attributed to. */
  private recordPrecinct(
    kind: PackageLoadKind,
    content: PackageContent,
    setup: PrecinctSetup,
    actor: string | null,
  ): string | null {
    const identity = {
      election_id: content.election.election_id,
      precinct_id: content.precinct.precinct_id,
      abroad: content.precinct.abroad,
      country: content.precinct.country,
    };
    let author = actor;
    if (kind === 'first_run') {
      const chair = content.members.find((m) => m.role === 'chair');
      if (!chair) throw new DomainError('chair_required', 'The commission needs a chair');
      author = this.members.add(memberInput(chair), null, null, null, chair.member_id);
    }
    this.precinct.recordSetup(setup, author, 'package', identity);
    const present = this.db
      .prepare<[], { id: string; full_name: string; role: string; active: number }>(
        'SELECT id, full_name, role, active FROM members',
      )
      .all();
    const hasChair = present.some((m) => m.role === 'chair' && m.active === 1);
    for (const member of content.members) {
      const known = present.some(
        (m) =>
          m.id === member.member_id ||
          (m.active === 1 &&
            m.role === member.role &&
            foldName(m.full_name) === foldName(member.full_name)),
      );
      // A precinct keeps its own chair: a package's chair of another name is not a second one.
      if (known || (member.role === 'chair' && hasChair)) continue;
      this.members.add(memberInput(member), author, null, null, member.member_id);
    }
    this.log.record('accommodation.cutoff_set', author, {
      time: content.election.home_voting_cutoff,
      source: 'package',
    });
    this.log.record('infolog.deadlines_set', author, {
      ...content.election.complaint_deadlines,
      source: 'package',
    });
    this.log.record('protocol.ballot_set', author, ballotSetPayload(content.election));
    return author;
  }

  /**
   * Keeps the package's keys: the precinct's encryption key, the slots' public keys, the
   * revocations, and this laptop's certificate, signed here by the chosen slot's key (the
   * slot's private key itself is never kept). A newer revision keeps the certificate it has.
   */
  private storeKeys(examined: Opened, chosen: PackageContent['slots'][number] | null): SyncKeys {
    const { content, header } = examined;
    const device = deviceKey(this.db);
    const previous = readKeys(this.db);
    let certificate: Pick<SyncKeys, 'slot' | 'slot_public_key' | 'certificate'>;
    if (chosen?.key_pem) {
      certificate = {
        slot: chosen.slot,
        slot_public_key: chosen.public_key,
        certificate: certify(chosen.key_pem, {
          device_id: device.deviceId,
          device_public_key: device.publicKey,
          election_id: header.election_id,
          precinct_id: header.precinct_id,
          slot: chosen.slot,
        }),
      };
    } else if (previous) {
      certificate = previous;
    } else {
      throw new DomainError('slot_unavailable', 'No device slot was chosen for this laptop');
    }
    const keys: SyncKeys = {
      election_id: header.election_id,
      precinct_id: header.precinct_id,
      central_fingerprint: examined.fingerprint,
      central_signing_public_key: content.central.signing_public_key,
      central_encryption_public_key: content.central.encryption_public_key,
      encryption_key_pem: content.precinct_key.encryption_key_pem,
      encryption_public_key: content.precinct_key.encryption_public_key,
      slot: certificate.slot,
      slot_public_key: certificate.slot_public_key,
      certificate: certificate.certificate,
      revision: header.revision,
      package_id: header.package_id,
    };
    writeKeys(this.db, keys);
    writeSlots(this.db, content.slots, content.revoked_devices);
    return keys;
  }

  private enrol(keys: SyncKeys, actor: string | null): void {
    const device = deviceKey(this.db);
    this.log.record('sync.device_enrolled', actor, {
      device_id: device.deviceId,
      device_public_key: device.publicKey,
      election_id: keys.election_id,
      precinct_id: keys.precinct_id,
      slot: keys.slot,
      slot_public_key: keys.slot_public_key,
      certificate: keys.certificate,
    });
  }

  /** Imports the package's list through the list import (same checks, one event). */
  private async importList(
    content: PackageContent,
    actor: string | null,
    source: 'app' | 'cli',
  ): Promise<number> {
    // The list is checked and imported from memory: nothing of it is written beside the
    // store, which is encrypted (kernel/at-rest) while a file would not be.
    const name =
      basename(content.voters.file_name).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'list.csv';
    const bytes = Buffer.from(content.voters.csv, 'utf8');
    const lists = new VoterListService(this.db, this.log, this.clock);
    const result = await lists.importFile(
      { bytes, name: name.toLowerCase().endsWith('.csv') ? name : `${name}.csv` },
      content.election.voting_day,
      actor,
      source,
    );
    const event = this.db
      .prepare<[], { payload_json: string }>(
        "SELECT payload_json FROM events WHERE type = 'voters.imported' ORDER BY rowid DESC LIMIT 1",
      )
      .get();
    if (event) {
      const p = JSON.parse(event.payload_json) as { rows_sha256: string; import_id: string };
      markListApplied(this.db, p.rows_sha256, p.import_id);
    }
    return result.imported;
  }
}
