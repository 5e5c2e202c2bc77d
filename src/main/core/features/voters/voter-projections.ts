import { DomainError } from '@shared/result';
import type { EventPayloads } from '../../events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { StoredEvent } from '../../events';
import { attachmentPieces } from './attachments';
import {
  DATA_FIELDS,
  FIELD_END,
  findVoter,
  insertVoter,
  rewriteVoter,
  keysOfRowData,
  voterBatchInserter,
  type VoterData,
} from './voter-store';

/** Read tables of the voter list, emptied and refilled by a projection rebuild. */
export const VOTER_PROJECTION_TABLES = [
  'voters',
  'voter_sources',
  'voter_removals',
  'absentee_certificates',
  'home_voting_marks',
  'ballots',
  'voter_sections',
] as const;

export type VoterEvent = StoredEvent<
  | 'voters.imported'
  | 'voter.added'
  | 'voter.corrected'
  | 'voter.removal_requested'
  | 'voter.removal_decided'
  | 'voter.absentee_certificate_issued'
  | 'voter.inquiry_answered'
  | 'voters.sections_set'
  | 'ballot.issued'
  | 'ballot.undone'
>;

/** Inserts an import's rows from its attachment (a rebuild; the live import writes them itself). */
export function applyImportedRows(db: Db, event: StoredEvent<'voters.imported'>): void {
  const p = event.payload;
  const insert = voterBatchInserter(db, p.import_id);
  let count = 0;
  let fields: string[] = [];
  for (const pieces of attachmentPieces(db, p.import_id, p.rows_sha256, FIELD_END)) {
    fields = fields.length === 0 ? pieces : fields.concat(pieces);
    // Whole rows now; a row cut by the end of a part waits for the rest.
    const data = fields.slice(0, fields.length - (fields.length % DATA_FIELDS));
    count += insert(data, keysOfRowData(data));
    fields = fields.slice(data.length);
  }
  if (fields.length > 0) throw new Error(`Import ${p.import_id} ends inside a row`);
  if (count !== p.imported) {
    throw new Error(
      `Import ${p.import_id} names ${p.imported} rows, its attachment holds ${count}`,
    );
  }
}

/**
 * The guard of `ballot.issued`: this laptop never logs a second ballot in force for a voter,
 * whatever path records it (the station, a home visit, or code that skips their checks). A
 * peer's ballot merged later is not refused but left out of the table and raised as the
 * double-ballot alarm (see the projection below).
 */
export function refuseSecondBallot(db: Db, payload: EventPayloads['ballot.issued']): void {
  const first = cachedStatement(
    db,
    `SELECT b.issued_at, b.place, m.full_name FROM ballots b
     LEFT JOIN members m ON m.id = b.issued_by WHERE b.iin = ? AND b.undone_at IS NULL`,
  ).get(payload.iin) as { issued_at: string; place: string; full_name: string | null } | undefined;
  if (!first) return;
  throw new DomainError('ballot_already_issued', 'A ballot was issued to this voter already', {
    at: first.issued_at,
    place: first.place,
    ...(first.full_name ? { by: first.full_name } : {}),
  });
}

/** Applies one voter-list event to the read tables. */
export function applyVoterEvent(db: Db, event: VoterEvent): void {
  const at = hlcToIso(event.hlc);
  switch (event.type) {
    case 'voters.imported':
      applyImportedRows(db, event as StoredEvent<'voters.imported'>);
      return;
    case 'voter.added': {
      const p = (event as StoredEvent<'voter.added'>).payload;
      const existing = findVoter(db, p.iin);
      const data: VoterData = {
        iin: p.iin,
        last_name: p.last_name,
        first_name: p.first_name,
        patronymic: p.patronymic,
        birth_date: p.birth_date,
        address: p.address,
        precinct: p.precinct,
      };
      if (existing) {
        // A voter removed earlier and added again: the row returns to the list with the new data.
        rewriteVoter(db, data);
        cachedStatement(db, `UPDATE voters SET status = 'listed' WHERE iin = ?`).run(data.iin);
      } else {
        insertVoter(db, data, 'added');
      }
      return;
    }
    case 'voter.corrected': {
      const p = (event as StoredEvent<'voter.corrected'>).payload;
      const voter = findVoter(db, p.iin);
      if (!voter) throw new Error('A correction names a voter who is not on the list');
      rewriteVoter(db, { ...voter, [p.field]: p.new_value });
      return;
    }
    case 'voter.removal_requested': {
      const p = (event as StoredEvent<'voter.removal_requested'>).payload;
      cachedStatement(
        db,
        `INSERT INTO voter_removals (request_id, iin, basis, reason, document_ref, requested_at,
           requested_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')`,
      ).run(p.request_id, p.iin, p.basis, p.reason, p.document_ref, at, event.actor);
      return;
    }
    case 'voter.removal_decided': {
      const p = (event as StoredEvent<'voter.removal_decided'>).payload;
      cachedStatement(
        db,
        `UPDATE voter_removals SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?
         WHERE request_id = ?`,
      ).run(
        p.decision === 'approve' ? 'approved' : 'refused',
        at,
        event.actor,
        p.reason,
        p.request_id,
      );
      if (p.decision === 'approve') {
        cachedStatement(db, `UPDATE voters SET status = 'removed' WHERE iin = ?`).run(p.iin);
      }
      return;
    }
    case 'voter.absentee_certificate_issued': {
      const p = (event as StoredEvent<'voter.absentee_certificate_issued'>).payload;
      cachedStatement(
        db,
        `INSERT INTO absentee_certificates (iin, number, issued_on, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(p.iin, p.number, p.issued_on, at, event.actor);
      return;
    }
    case 'voter.inquiry_answered':
      // Counted from the log; nothing about the citizen is kept.
      return;
    case 'voters.sections_set': {
      const p = (event as StoredEvent<'voters.sections_set'>).payload;
      cachedStatement(db, 'DELETE FROM voter_sections').run();
      p.sections.forEach((section, position) => {
        cachedStatement(
          db,
          `INSERT INTO voter_sections (section_id, position, name, rule_json, device_id, desk_label)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          section.section_id,
          position,
          section.name,
          JSON.stringify(section.rule),
          section.device_id,
          section.desk_label,
        );
      });
      return;
    }
    case 'ballot.issued': {
      const p = (event as StoredEvent<'ballot.issued'>).payload;
      cachedStatement(
        db,
        // Two laptops may each have issued this voter a ballot before their logs met: the first
        // stays in force and the other is left out here, for the peer import to raise an alarm.
        // (This laptop's own second ballot never gets here: the type's guard refuses it.)
        `INSERT OR IGNORE INTO ballots (ballot_id, iin, place, helper_name, issued_at, issued_by, device_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(p.ballot_id, p.iin, p.place, p.helper_name, at, event.actor, event.deviceId);
      return;
    }
    case 'ballot.undone': {
      const p = (event as StoredEvent<'ballot.undone'>).payload;
      cachedStatement(
        db,
        'UPDATE ballots SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE ballot_id = ?',
      ).run(at, event.actor, p.reason, p.ballot_id);
      return;
    }
  }
}
