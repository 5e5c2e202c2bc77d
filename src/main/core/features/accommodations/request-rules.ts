/**
 * The checks a request must pass beyond its schema, and what they establish (who the
 * requester is, whether the home-voting cut-off has passed). Every write of the feature passes
 * here first, so bad input changes nothing: each failure is a DomainError with a stable code
 * and, where it concerns one field, that field's path in the operation's input.
 */
import type { PrecinctInfo } from '@shared/api';
import {
  DEFAULT_HOME_VOTING_CUTOFF,
  PHONE_PATTERN,
  type AccommodationKind,
} from '@shared/accommodations/accommodation-kinds';
import type { RequesterInput } from '@shared/accommodations/accommodation-schemas';
import { DomainError, type ErrorCode } from '@shared/result';
import { foldName } from '@shared/voters/fold';
import { checkIin, iinBirthDate } from '@shared/voters/iin';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { momentToInstant } from '../infolog';
import { findVoter } from '../voters';

export function refuse(
  code: ErrorCode,
  message: string,
  details: Record<string, string | number> = {},
): never {
  throw new DomainError(code, message, details);
}

/** The requester as the request records it. */
export interface Requester {
  iin: string | null;
  onList: boolean;
  fullName: string;
  birthDate: string | null;
  personKey: string;
}

/** A voter's name as the register shows it: surname, given name, patronymic. */
export function voterFullName(voter: {
  last_name: string;
  first_name: string;
  patronymic: string | null;
}): string {
  return [voter.last_name, voter.first_name, voter.patronymic].filter(Boolean).join(' ');
}

/** Checks an IIN's format and checksum (voter_iin_invalid otherwise). */
export function wellFormedIin(iin: string, field: string): string {
  const value = iin.replace(/\s+/g, '');
  if (checkIin(value) !== null) refuse('voter_iin_invalid', 'Not a valid IIN', { field });
  return value;
}

/**
 * Who asks, and the key the duplicate rule compares. With an IIN, the IIN: a listed voter's
 * name comes from the list; a well-formed IIN not on the list (or removed from it) is recorded
 * and flagged, with the name given. Without an IIN, the folded name with the birth date, or
 * failing that with the phone's digits (no rule settles this: a commission recognises a
 * caller by name and birth date, or by the number they call from).
 */
export function requesterOf(db: Db, input: RequesterInput, phone: string | null): Requester {
  if (input.by === 'iin') {
    const iin = wellFormedIin(input.iin, 'requester.iin');
    const voter = findVoter(db, iin);
    const listed = voter?.status === 'listed';
    const fullName =
      listed && voter
        ? voterFullName(voter)
        : (input.fullName ?? (voter ? voterFullName(voter) : null));
    if (!fullName) {
      refuse('requester_name_required', 'The IIN is not on the list: give the name', {
        field: 'requester.fullName',
      });
    }
    return {
      iin,
      onList: listed,
      fullName,
      birthDate: voter?.birth_date ?? iinBirthDate(iin),
      personKey: `iin:${iin}`,
    };
  }
  const name = foldName(input.fullName);
  const digits = phone?.replace(/\D/g, '') ?? '';
  if (!input.birthDate && digits === '') {
    refuse('requester_identity_required', 'A birth date or a phone is needed', {
      field: 'requester.birthDate',
    });
  }
  return {
    iin: null,
    onList: false,
    fullName: input.fullName,
    birthDate: input.birthDate,
    personKey: input.birthDate ? `nb:${name}|${input.birthDate}` : `np:${name}|${digits}`,
  };
}

/** Checks a contact phone's form. */
export function checkPhone(phone: string | null): void {
  if (phone !== null && !PHONE_PATTERN.test(phone)) {
    refuse('phone_invalid', 'Not a phone number', { field: 'contactPhone' });
  }
}

/** The fields some kinds require: an address and a reason for home voting, a description for other. */
export function checkKindFields(
  kinds: readonly AccommodationKind[],
  fields: { address: string | null; otherDescription: string | null },
  reasonCategory: string | null | undefined,
): void {
  if (kinds.includes('home_voting') && !fields.address) {
    refuse('address_required', 'Home voting needs the address of stay', { field: 'address' });
  }
  if (kinds.includes('home_voting') && reasonCategory === null) {
    refuse('reason_category_required', 'Home voting needs a reason category', {
      field: 'reasonCategory',
    });
  }
  if (kinds.includes('other') && !fields.otherDescription) {
    refuse('other_description_required', 'Describe the other accommodation', {
      field: 'otherDescription',
    });
  }
}

/** The member named as having received or carried something: known and active. */
export function activeMember(
  db: Db,
  memberId: string,
  field: string,
): { id: string; name: string } {
  const row = cachedStatement(db, 'SELECT id, full_name, active FROM members WHERE id = ?').get(
    memberId,
  ) as { id: string; full_name: string; active: number } | undefined;
  if (!row) refuse('member_not_found', `No member ${memberId}`, { field });
  if (row.active !== 1) refuse('member_inactive', 'The member is no longer active', { field });
  return { id: row.id, name: row.full_name };
}

/** The instant of a precinct-local moment: it must exist there and not lie in the future. */
export function pastMoment(moment: string, precinct: PrecinctInfo, now: number, field: string) {
  return momentToInstant(moment, { timeZone: precinct.timeZone, now }, field);
}

/** The home-voting cut-off in force: the chair's or the package's setting, else 12:00. */
export function cutoffTime(db: Db): { time: string; source: 'default' | 'manual' | 'package' } {
  const row = cachedStatement(
    db,
    'SELECT cutoff_time, source FROM accommodation_settings WHERE id = 1',
  ).get() as { cutoff_time: string; source: 'manual' | 'package' } | undefined;
  return row
    ? { time: row.cutoff_time, source: row.source }
    : { time: DEFAULT_HOME_VOTING_CUTOFF, source: 'default' };
}

/** An open item of the same kind for the same person: accommodation_duplicate, naming it. */
export function refuseDuplicates(
  db: Db,
  personKey: string,
  kinds: readonly AccommodationKind[],
  exceptRequestId: string | null,
): void {
  for (const kind of kinds) {
    const first = cachedStatement(
      db,
      `SELECT i.request_id,
         (SELECT count(*) FROM accommodation_requests o
          WHERE (o.recorded_hlc, o.id) <= (r.recorded_hlc, r.id)) AS number
       FROM accommodation_items i JOIN accommodation_requests r ON r.id = i.request_id
       WHERE i.person_key = ? AND i.kind = ? AND i.final = 0 AND i.request_id IS NOT ?
       ORDER BY r.recorded_hlc, r.id LIMIT 1`,
    ).get(personKey, kind, exceptRequestId) as { request_id: string; number: number } | undefined;
    if (first) {
      refuse('accommodation_duplicate', 'An open request of this kind exists', {
        requestId: first.request_id,
        number: first.number,
        kind,
      });
    }
  }
}
