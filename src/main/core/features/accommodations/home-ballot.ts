/**
 * A ballot issued at the voter's place of stay: the same `ballot.issued` event as at the
 * station, with place `portable_box`, under the same one-ballot rule (the partial unique index
 * on ballots, and the check here that names the ballot already issued, when and by whom).
 */
import { randomUUID } from 'node:crypto';
import type { PrecinctInfo } from '@shared/api';
import { foldName } from '@shared/voters/fold';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { instantToMoment } from '../infolog';
import type { BallotService } from '../voters';
import type { VoterRow } from '../voters';
import { refuse } from './request-rules';

/** Whether a name is a member's of this commission, however it is spelled or ordered. */
function isCommissionMember(db: Db, name: string): boolean {
  const words = (text: string) => foldName(text).split(' ').sort().join(' ');
  const helper = words(name);
  const members = cachedStatement(db, 'SELECT full_name FROM members').all() as {
    full_name: string;
  }[];
  return members.some((member) => words(member.full_name) === helper);
}

/** Checks and records the ballot; runs inside the caller's transaction; returns its id. */
export function issueHomeBallot(
  db: Db,
  log: EventLog,
  ballots: BallotService,
  options: {
    voter: VoterRow;
    /** When it was handed over, precinct-local `YYYY-MM-DDTHH:MM`. */
    at: string;
    helperName: string | null;
    precinct: PrecinctInfo;
    departedAt: string | null;
    actor: string;
  },
): string {
  const { voter, at, precinct } = options;
  const time = at.slice(11, 16);
  if (
    at.slice(0, 10) !== precinct.votingDay ||
    time < precinct.votingHours.opens ||
    time >= precinct.votingHours.closes
  ) {
    refuse('ballot_outside_hours', 'Ballots are issued on voting day within voting hours', {
      field: 'at',
      votingDay: precinct.votingDay,
      opens: precinct.votingHours.opens,
      closes: precinct.votingHours.closes,
    });
  }
  if (options.departedAt && at < instantToMoment(options.departedAt, precinct.timeZone)) {
    refuse('trip_times_invalid', 'The ballot is dated before the trip left', {
      field: 'at',
      votingDay: precinct.votingDay,
      opens: precinct.votingHours.opens,
      closes: precinct.votingHours.closes,
    });
  }
  if (voter.status === 'removed') {
    refuse('ballot_voter_removed', 'The voter was removed from the list');
  }
  if (options.helperName !== null && isCommissionMember(db, options.helperName)) {
    // docs/domain.md, "Ballot issue": a helper may not be a member of the commission.
    refuse('ballot_helper_member', 'A commission member cannot be the helper', {
      field: 'helperName',
    });
  }
  const first = ballots.activeBallot(voter.iin);
  if (first) {
    refuse('ballot_already_issued', 'A ballot was issued to this voter already', {
      at: first.issuedAt,
      place: first.place,
      ...(first.issuedByName ? { by: first.issuedByName } : {}),
    });
  }
  const absentee = cachedStatement(
    db,
    'SELECT number FROM absentee_certificates WHERE iin = ?',
  ).get(voter.iin) as { number: string } | undefined;
  if (absentee) {
    refuse('ballot_absentee', 'The voter took an absentee certificate', {
      number: absentee.number,
    });
  }
  const ballotId = randomUUID();
  log.record('ballot.issued', options.actor, {
    ballot_id: ballotId,
    iin: voter.iin,
    place: 'portable_box',
    helper_name: options.helperName,
    document_checked: true,
  });
  return ballotId;
}
