import { randomUUID } from 'node:crypto';
import type { PrecinctInfo } from '@shared/api';
import { DomainError } from '@shared/result';
import { checkIin, iinBirthDate } from '@shared/voters/iin';
import { foldName } from '@shared/voters/fold';
import { matchToken } from '@shared/voters/token-match';
import type {
  AbsenteeView,
  AddVoterInput,
  CorrectableField,
  InquiryAnswer,
  RemovalBasis,
  RemovalRequestView,
  VoterCard,
  VoterHistoryEntry,
  VoterSummary,
} from '@shared/voters/voter-api';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { hlcToIso } from '../../kernel/events/hlc';
import { instantOfRuleTime } from '../../kernel/time/local-instant';
import { addDays, localDateTime } from '../../kernel/time/local-time';
import type { BallotService } from './ballot-service';
import { isUnderAge, normaliseBirthDate } from './row-checks';
import { removalViews } from './removal-views';
import { findVoter, nameKeyOf, summarise, type VoterRow } from './voter-store';

/** Absentee certificates are issued until 18:00 precinct time on the day before voting. */
const ABSENTEE_CLOSES_AT = '18:00';

/** Looking voters up, answering citizens, and the corrections the commission records. */
export class VoterService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly ballots: BallotService,
    private readonly listChanged: () => void,
  ) {}

  /** A listed (or removed) voter by IIN; a malformed IIN is bad input, an unknown one not found. */
  require(iin: string): VoterRow {
    if (checkIin(iin) !== null) {
      throw new DomainError('voter_iin_invalid', 'Not a valid IIN');
    }
    const voter = findVoter(this.db, iin);
    if (!voter) throw new DomainError('voter_not_found', 'No voter with this IIN on the list');
    return voter;
  }

  card(iin: string): VoterCard {
    const voter = this.require(iin);
    const absentee = cachedStatement(
      this.db,
      `SELECT a.*, m.full_name AS recorded_by_name FROM absentee_certificates a
       LEFT JOIN members m ON m.id = a.recorded_by WHERE a.iin = ?`,
    ).get(iin) as
      | { number: string; issued_on: string; recorded_at: string; recorded_by_name: string | null }
      | undefined;
    const removal = removalViews(
      this.db,
      'WHERE r.iin = ? ORDER BY r.requested_at DESC LIMIT 1',
      iin,
    )[0];
    return {
      voter: { ...summarise(this.db, voter), precinct: voter.precinct },
      section: this.ballots.sectionOf(voter),
      sectionsDefined: this.ballots.sectionList().length > 0,
      ballot: this.ballots.activeBallot(iin),
      absentee: absentee
        ? {
            number: absentee.number,
            issuedOn: absentee.issued_on,
            recordedAt: absentee.recorded_at,
            recordedByName: absentee.recorded_by_name,
          }
        : null,
      removal: removal ?? null,
      history: this.history(voter),
    };
  }

  /** "Am I on the list?" Counted as an event that keeps nothing about the citizen. */
  answerInquiry(
    query: { by: 'iin'; iin: string } | { by: 'name_birth'; name: string; birthDate: string },
    precinct: PrecinctInfo,
    actor: string,
  ): InquiryAnswer {
    let found: VoterRow[];
    if (query.by === 'iin') {
      if (checkIin(query.iin) !== null)
        throw new DomainError('voter_iin_invalid', 'Not a valid IIN');
      const voter = findVoter(this.db, query.iin);
      found = voter ? [voter] : [];
    } else {
      const birthDate = normaliseBirthDate(query.birthDate);
      if (!birthDate) throw new DomainError('voter_birth_date_invalid', 'Not a valid date');
      const tokens = foldName(query.name)
        .split(' ')
        .filter((t) => t !== '');
      if (tokens.length === 0) throw new DomainError('value_required', 'A name is needed');
      const candidates = cachedStatement(this.db, 'SELECT * FROM voters WHERE birth_date = ?').all(
        birthDate,
      ) as VoterRow[];
      found = candidates.filter((voter) => {
        const words = nameKeyOf(voter).split(' ');
        return tokens.every((token) =>
          words.some((word) => {
            const kind = matchToken(token, word);
            return kind === 'exact' || kind === 'fuzzy';
          }),
        );
      });
    }
    const listed = found.filter((v) => v.status === 'listed');
    this.log.record('voter.inquiry_answered', actor, {
      method: query.by,
      found: listed.length > 0,
    });
    return {
      found: listed.length > 0,
      matches: found.map((v) => ({
        lastName: v.last_name,
        firstName: v.first_name,
        patronymic: v.patronymic,
        status: v.status,
      })),
      pollingPlace: {
        precinctNumber: precinct.precinctNumber,
        precinctName: precinct.precinctName,
        address: precinct.address,
        votingDay: precinct.votingDay,
        opens: precinct.votingHours.opens,
        closes: precinct.votingHours.closes,
      },
    };
  }

  /** Adds a voter whose registration in the precinct is confirmed (or on another basis). */
  add(input: AddVoterInput, votingDay: string, actor: string): VoterSummary {
    if (checkIin(input.iin) !== null) throw new DomainError('voter_iin_invalid', 'Not a valid IIN');
    const birthDate = this.validBirthDate(input.iin, input.birthDate, votingDay);
    if (
      input.basis === 'absentee_certificate' &&
      (!input.certificateNumber || !input.issuingPrecinct)
    ) {
      throw new DomainError(
        'basis_details_required',
        'An absentee certificate needs its number and the issuing precinct',
        { basis: input.basis },
      );
    }
    if ((input.basis === 'court_decision' || input.basis === 'other') && !input.documentRef) {
      throw new DomainError('basis_details_required', 'This basis needs a document reference', {
        basis: input.basis,
      });
    }
    const existing = findVoter(this.db, input.iin);
    if (existing?.status === 'listed') {
      throw new DomainError('voter_exists', 'This IIN is on the list already');
    }
    this.db
      .transaction(() => {
        this.log.record('voter.added', actor, {
          iin: input.iin,
          last_name: input.lastName,
          first_name: input.firstName,
          patronymic: input.patronymic,
          birth_date: birthDate,
          address: input.address,
          precinct: null,
          basis: input.basis,
          certificate_number: input.certificateNumber,
          issuing_precinct: input.issuingPrecinct,
          document_ref: input.documentRef,
          reason: input.reason,
        });
      })
      .immediate();
    this.listChanged();
    return summarise(this.db, this.require(input.iin));
  }

  /** Corrects one field of a voter's entry; the old value stays in the event. */
  correct(
    input: {
      iin: string;
      field: CorrectableField;
      value: string;
      reason: string;
      documentRef: string | null;
    },
    votingDay: string,
    actor: string,
  ): VoterSummary {
    const voter = this.require(input.iin);
    if (voter.status === 'removed') throw new DomainError('voter_removed', 'The voter was removed');
    let value: string | null = input.value === '' ? null : input.value;
    if (value === null && input.field !== 'patronymic') {
      throw new DomainError('value_required', 'This field cannot be empty', { field: input.field });
    }
    if (input.field === 'birth_date')
      value = this.validBirthDate(voter.iin, input.value, votingDay);
    const old = voter[input.field];
    if (old === value) throw new DomainError('value_unchanged', 'The value is the same as listed');
    this.log.record('voter.corrected', actor, {
      iin: voter.iin,
      field: input.field,
      old_value: old,
      new_value: value,
      reason: input.reason,
      document_ref: input.documentRef,
    });
    this.listChanged();
    return summarise(this.db, this.require(voter.iin));
  }

  /** Asks for a removal; it takes effect only when the chair or deputy chair approves. */
  requestRemoval(
    input: { iin: string; basis: RemovalBasis; reason: string; documentRef: string | null },
    actor: string,
  ): RemovalRequestView {
    const voter = this.require(input.iin);
    if (voter.status === 'removed') throw new DomainError('voter_removed', 'The voter was removed');
    return this.db
      .transaction(() => {
        if (
          removalViews(this.db, "WHERE r.iin = ? AND r.status = 'pending'", voter.iin).length > 0
        ) {
          throw new DomainError('removal_pending', 'A removal of this voter awaits a decision');
        }
        const requestId = randomUUID();
        this.log.record('voter.removal_requested', actor, {
          request_id: requestId,
          iin: voter.iin,
          basis: input.basis,
          reason: input.reason,
          document_ref: input.documentRef,
        });
        return this.removal(requestId);
      })
      .immediate();
  }

  /** The chair or deputy chair approves a removal, or refuses it with a reason. */
  decideRemoval(
    requestId: string,
    decision: 'approve' | 'refuse',
    reason: string | null,
    actor: string,
  ): RemovalRequestView {
    if (decision === 'refuse' && !reason) {
      throw new DomainError('reason_required', 'A refusal needs its reason');
    }
    const view = this.db
      .transaction(() => {
        const request = this.removal(requestId);
        if (request.status !== 'pending') {
          throw new DomainError('request_decided', 'This request was decided already');
        }
        this.log.record('voter.removal_decided', actor, {
          request_id: requestId,
          iin: request.iin,
          decision,
          reason,
        });
        return this.removal(requestId);
      })
      .immediate();
    this.listChanged();
    return view;
  }

  removalRequests(status: 'pending' | 'all'): RemovalRequestView[] {
    return status === 'pending'
      ? removalViews(this.db, "WHERE r.status = 'pending' ORDER BY r.requested_at")
      : removalViews(this.db, 'ORDER BY r.requested_at DESC');
  }

  /**
   * Records an absentee certificate taken to vote elsewhere: accepted until 18:00 precinct
   * time on the day before voting; the voter then receives no ballot here.
   */
  issueAbsentee(
    input: { iin: string; number: string; issuedOn: string },
    precinct: PrecinctInfo,
    actor: string,
  ): AbsenteeView {
    const voter = this.require(input.iin);
    if (voter.status === 'removed') throw new DomainError('voter_removed', 'The voter was removed');
    const closes = instantOfRuleTime(
      addDays(precinct.votingDay, -1),
      ABSENTEE_CLOSES_AT,
      precinct.timeZone,
    );
    if (this.clock.now() >= closes) {
      throw new DomainError(
        'absentee_closed',
        'Absentee certificates closed at 18:00 the day before voting',
        {
          closesAt: new Date(closes).toISOString(),
        },
      );
    }
    const today = localDateTime(this.clock.now(), precinct.timeZone).date;
    if (input.issuedOn > today) {
      throw new DomainError('invalid_input', 'The certificate cannot be dated in the future', {
        field: 'issuedOn',
      });
    }
    this.db
      .transaction(() => {
        const existing = cachedStatement(
          this.db,
          'SELECT 1 FROM absentee_certificates WHERE iin = ?',
        ).get(voter.iin);
        if (existing) throw new DomainError('absentee_exists', 'A certificate is recorded already');
        const ballot = this.ballots.activeBallot(voter.iin);
        if (ballot) {
          throw new DomainError('ballot_already_issued', 'The voter has received a ballot', {
            at: ballot.issuedAt,
            place: ballot.place,
            ...(ballot.issuedByName ? { by: ballot.issuedByName } : {}),
          });
        }
        this.log.record('voter.absentee_certificate_issued', actor, {
          iin: voter.iin,
          number: input.number,
          issued_on: input.issuedOn,
        });
      })
      .immediate();
    const card = this.card(voter.iin);
    if (!card.absentee) throw new Error('The certificate was not recorded');
    return card.absentee;
  }

  private validBirthDate(iin: string, text: string, votingDay: string): string {
    const birthDate = normaliseBirthDate(text);
    if (!birthDate || birthDate > votingDay) {
      throw new DomainError('voter_birth_date_invalid', 'Not a valid birth date');
    }
    if (iinBirthDate(iin) !== birthDate) {
      throw new DomainError(
        'voter_iin_birth_date_mismatch',
        'The IIN does not match the birth date',
      );
    }
    if (isUnderAge(birthDate, votingDay)) {
      throw new DomainError('voter_under_age', 'Younger than 18 on voting day', { votingDay });
    }
    return birthDate;
  }

  private history(voter: VoterRow): VoterHistoryEntry[] {
    const rows = cachedStatement(
      this.db,
      `SELECT e.hlc, e.type, e.payload_json, m.full_name AS actor_name FROM events e
       LEFT JOIN members m ON m.id = e.actor
       WHERE json_extract(e.payload_json, '$.iin') = ?
          OR (e.type = 'voters.imported' AND json_extract(e.payload_json, '$.import_id') =
              (SELECT name FROM voter_sources WHERE id = ?))
       ORDER BY e.hlc, e.device_id, e.seq`,
    ).all(voter.iin, voter.source) as {
      hlc: string;
      type: string;
      payload_json: string;
      actor_name: string | null;
    }[];
    return rows.map((row) => {
      const payload = JSON.parse(row.payload_json) as Record<string, unknown>;
      // The import event lists every rejected row of its file: the card needs only its name.
      if (row.type === 'voters.imported') {
        return {
          at: hlcToIso(row.hlc),
          type: row.type,
          actorName: row.actor_name,
          payload: { file_name: payload.file_name, file_sha256: payload.file_sha256 },
        };
      }
      return { at: hlcToIso(row.hlc), type: row.type, actorName: row.actor_name, payload };
    });
  }

  private removal(requestId: string): RemovalRequestView {
    const view = removalViews(this.db, 'WHERE r.request_id = ?', requestId)[0];
    if (!view) throw new DomainError('request_not_found', 'No such removal request');
    return view;
  }
}
