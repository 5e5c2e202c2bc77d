import { randomUUID } from 'node:crypto';
import type {
  CorrectRequestInput,
  CorrectSensitiveInput,
  RecordRequestInput,
} from '@shared/accommodations/accommodation-schemas';
import {
  homeVotingCutoffMoment,
  isLateForHomeVoting,
} from '@shared/accommodations/home-voting-cutoff';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import type { PrecinctService } from '../precinct';
import { BallotService } from '../voters';
import { findVoter } from '../voters';
import { findRequest, requestItems } from './request-rows';
import {
  activeMember,
  checkKindFields,
  checkPhone,
  cutoffTime,
  pastMoment,
  refuse,
  refuseDuplicates,
  requesterOf,
  voterFullName,
  wellFormedIin,
} from './request-rules';

const iso = (instant: number) => new Date(instant).toISOString();

/** A request's details as its recorded and corrected events both carry them. */
const detailsPayload = (input: CorrectRequestInput | RecordRequestInput) => ({
  channel: input.channel,
  intermediary: input.intermediary,
  contact_phone: input.contactPhone,
  address: input.address,
  other_description: input.otherDescription,
  notes: input.notes,
});

/**
 * Writes accommodation requests: recording (with the cut-off and the home-voting mark),
 * corrections, and linking a person to the list. Every write is one or two events in one
 * transaction; the checks run first, so bad input changes nothing.
 */
export class RequestService {
  private readonly ballots: BallotService;

  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
  ) {
    this.ballots = new BallotService(db, log, clock);
  }

  /** Records a request; returns its id. A late home-voting item is recorded as declined. */
  record(input: RecordRequestInput, actor: string): string {
    const precinct = this.precinct.require();
    activeMember(this.db, input.receivedById, 'receivedById');
    const receivedAt = pastMoment(input.receivedAt, precinct, this.clock.now(), 'receivedAt');
    const requester = requesterOf(this.db, input.requester, input.contactPhone);
    checkPhone(input.contactPhone);
    checkKindFields(input.kinds, input, input.reasonCategory);
    const homeVoting = input.kinds.includes('home_voting');
    const cutoff = homeVotingCutoffMoment(precinct.votingDay, cutoffTime(this.db).time);
    const late =
      homeVoting &&
      isLateForHomeVoting(input.receivedAt, precinct.votingDay, cutoffTime(this.db).time);
    const requestId = randomUUID();
    return this.db
      .transaction(() => {
        // A late home-voting item is final at once, so it never blocks another request.
        refuseDuplicates(
          this.db,
          requester.personKey,
          input.kinds.filter((kind) => !(late && kind === 'home_voting')),
          null,
        );
        const marked = homeVoting && !late && requester.onList && requester.iin !== null;
        if (marked && requester.iin) this.refuseIfVoted(requester.iin);
        this.log.record('accommodation.request_recorded', actor, {
          request_id: requestId,
          iin: requester.iin,
          on_list: requester.onList,
          full_name: requester.fullName,
          birth_date: requester.birthDate,
          person_key: requester.personKey,
          ...detailsPayload(input),
          received_at: iso(receivedAt),
          received_local: input.receivedAt,
          received_by: input.receivedById,
          items: input.kinds.map((kind) => ({
            item_id: randomUUID(),
            kind,
            status: kind === 'home_voting' && late ? 'declined_late' : 'received',
          })),
          cutoff_local: homeVoting ? cutoff : null,
          marked,
        });
        if (input.reasonCategory !== null || input.healthNote !== null) {
          this.log.record('accommodation.sensitive_recorded', actor, {
            request_id: requestId,
            reason_category: input.reasonCategory,
            health_note: input.healthNote,
            reason: null,
          });
        }
        return requestId;
      })
      .immediate();
  }

  /**
   * Corrects a request's details with a reason, closed or not: the earlier values stay in its
   * history, and each item's outcome stays as recorded (the item steps refuse a final item).
   */
  correct(input: CorrectRequestInput, actor: string): void {
    const request = findRequest(this.db, input.requestId);
    checkPhone(input.contactPhone);
    const kinds = requestItems(this.db, request.id).map((item) => item.kind);
    checkKindFields(kinds, input, undefined);
    const unchanged =
      request.channel === input.channel &&
      request.intermediary === input.intermediary &&
      request.contact_phone === input.contactPhone &&
      request.address === input.address &&
      request.other_description === input.otherDescription &&
      request.notes === input.notes;
    if (unchanged) refuse('value_unchanged', 'The correction changes nothing');
    this.log.record('accommodation.request_corrected', actor, {
      request_id: request.id,
      ...detailsPayload(input),
      reason: input.reason,
    });
  }

  /** Corrects the sensitive fields (the caller holds `health.read`), with a reason. */
  correctSensitive(input: CorrectSensitiveInput, actor: string): void {
    const request = findRequest(this.db, input.requestId);
    const kinds = requestItems(this.db, request.id).map((item) => item.kind);
    checkKindFields(kinds, { address: 'kept', otherDescription: 'kept' }, input.reasonCategory);
    const before = cachedStatement(
      this.db,
      'SELECT reason_category, health_note FROM accommodation_sensitive WHERE request_id = ?',
    ).get(request.id) as { reason_category: string | null; health_note: string | null } | undefined;
    if (
      (before?.reason_category ?? null) === input.reasonCategory &&
      (before?.health_note ?? null) === input.healthNote
    ) {
      refuse('value_unchanged', 'The correction changes nothing');
    }
    this.log.record('accommodation.sensitive_recorded', actor, {
      request_id: request.id,
      reason_category: input.reasonCategory,
      health_note: input.healthNote,
      reason: input.reason,
    });
  }

  /**
   * Links a request from someone not on the list to a voter who is listed now; a timely open
   * home-voting item then marks the voter, as it would have at recording.
   */
  resolveRequester(requestId: string, rawIin: string, actor: string): void {
    const request = findRequest(this.db, requestId);
    if (this.isClosed(requestId)) refuse('accommodation_closed', 'The request is closed');
    if (request.on_list === 1) {
      refuse('accommodation_status_invalid', 'The requester is on the list already', {
        status: 'on_list',
      });
    }
    const iin = wellFormedIin(rawIin, 'iin');
    const voter = findVoter(this.db, iin);
    if (!voter || voter.status !== 'listed') {
      refuse('requester_not_on_list', 'The voter is not on the list', { field: 'iin' });
    }
    const personKey = `iin:${iin}`;
    const open = requestItems(this.db, requestId).filter((item) => item.final === 0);
    this.db
      .transaction(() => {
        refuseDuplicates(
          this.db,
          personKey,
          open.map((item) => item.kind),
          requestId,
        );
        const marked = open.some((item) => item.kind === 'home_voting');
        if (marked) this.refuseIfVoted(iin);
        this.log.record('accommodation.requester_resolved', actor, {
          request_id: requestId,
          iin,
          full_name: voterFullName(voter),
          birth_date: voter.birth_date,
          person_key: personKey,
          marked,
        });
      })
      .immediate();
  }

  private isClosed(requestId: string): boolean {
    return requestItems(this.db, requestId).every((item) => item.final === 1);
  }

  /**
   * A voter who cannot vote here needs no home visit: one holding a ballot in force
   * (ballot_already_issued), or an absentee certificate to vote elsewhere (ballot_absentee).
   */
  private refuseIfVoted(iin: string): void {
    const ballot = this.ballots.activeBallot(iin);
    if (ballot) {
      refuse('ballot_already_issued', 'A ballot was issued to this voter already', {
        at: ballot.issuedAt,
        place: ballot.place,
        ...(ballot.issuedByName ? { by: ballot.issuedByName } : {}),
      });
    }
    const absentee = cachedStatement(
      this.db,
      'SELECT number FROM absentee_certificates WHERE iin = ?',
    ).get(iin) as { number: string } | undefined;
    if (absentee) {
      refuse('ballot_absentee', 'The voter took an absentee certificate', {
        number: absentee.number,
      });
    }
  }
}
