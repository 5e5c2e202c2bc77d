import { randomUUID } from 'node:crypto';
import {
  complaintDeadline,
  DEFAULT_DEADLINE_RULES,
  type ComplaintDeadlineRules,
} from '@shared/infolog/complaint-deadline';
import { addDays } from '@shared/infolog/calendar-dates';
import type { InfoLogSettings } from '@shared/infolog/infolog-contract';
import type {
  ComplaintResponse,
  EntryDetails,
  EntryDetailsOf,
} from '@shared/infolog/entry-schemas';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import type { EventPayloads } from '../../events';
import { instantOfLocal } from '../../kernel/time/local-instant';
import type { PrecinctService } from '../precinct';
import {
  instantToMoment,
  storedDeparture,
  storedEntry,
  storedResponse,
  type RuleContext,
} from './entry-rules';

interface EntryRow {
  id: string;
  kind: EntryDetails['kind'];
  occurred_at: string;
  occurred_local: string;
  details_json: string;
  withdrawn_at: string | null;
  deadline_rule: 'standard' | 'voter_list' | 'same_day' | null;
  deadline_days: number | null;
  deadline_date: string | null;
  deadline_at: string | null;
}

type Deadline = EventPayloads['infolog.entry_recorded']['deadline'];

/**
 * Writes the public information log: entries of six kinds, their corrections and
 * withdrawals (never deletions), observers' check-outs, answers to complaints, and the
 * complaint deadlines. Every write is one event; the checks run first, so bad input changes
 * nothing.
 */
export class InfoLogService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
  ) {}

  /** Records a new entry; returns its id. */
  record(at: string, details: EntryDetails, actor: string): string {
    const entryId = randomUUID();
    this.log.record('infolog.entry_recorded', actor, this.entryPayload(entryId, at, details, null));
    return entryId;
  }

  /**
   * Records a copy of a voting-day document issued to an observer, dated now. Only the voting
   * day's service calls it, after checking that the document exists and the observer is
   * present; the entry is one event, so it is recorded whole or not at all.
   */
  recordCopyIssued(details: EntryDetailsOf<'copy_issued'>, actor: string): string {
    const entryId = randomUUID();
    const occurredAt = new Date(this.clock.now()).toISOString();
    this.log.record('infolog.entry_recorded', actor, {
      entry_id: entryId,
      occurred_at: occurredAt,
      occurred_local: instantToMoment(occurredAt, this.precinct.require().timeZone),
      details,
      deadline: null,
    });
    return entryId;
  }

  /** Replaces an entry's fields and time; the earlier version stays in its history. */
  correct(entryId: string, at: string, details: EntryDetails, reason: string, actor: string): void {
    const row = this.changeable(entryId);
    if (row.kind !== details.kind) {
      throw new DomainError('wrong_entry_kind', 'A correction keeps the kind of the entry', {
        field: 'details.kind',
      });
    }
    this.log.record('infolog.entry_corrected', actor, {
      ...this.entryPayload(entryId, at, details, row),
      reason,
    });
  }

  /** Withdraws an entry recorded in error: it stays in the log, marked, with the reason. */
  withdraw(entryId: string, reason: string, actor: string): void {
    this.changeable(entryId);
    this.log.record('infolog.entry_withdrawn', actor, { entry_id: entryId, reason });
  }

  /** An observer leaves the polling station. */
  checkOut(entryId: string, at: string, actor: string): void {
    const row = this.changeable(entryId, 'observer');
    const details = JSON.parse(row.details_json) as EntryDetails;
    if (details.kind === 'observer' && details.departedAt !== null) {
      throw new DomainError('observer_already_departed', 'The observer has already left');
    }
    const departedAt = storedDeparture(at, Date.parse(row.occurred_at), this.context(), 'at');
    this.log.record('infolog.observer_checked_out', actor, {
      entry_id: entryId,
      departed_at: departedAt,
    });
  }

  /** The commission answers a complaint, or forwards it to a higher commission. */
  answer(entryId: string, response: ComplaintResponse, actor: string): void {
    const row = this.changeable(entryId, 'complaint');
    const details = JSON.parse(row.details_json) as EntryDetails;
    if (details.kind === 'complaint' && details.response !== null) {
      throw new DomainError('complaint_already_answered', 'The complaint has been answered');
    }
    const stored = storedResponse(
      response,
      Date.parse(row.occurred_at),
      this.context(),
      'response',
    );
    this.log.record('infolog.complaint_answered', actor, { entry_id: entryId, response: stored });
  }

  /** The complaint deadlines in force, and where they come from. */
  settings(): InfoLogSettings {
    const row = this.db
      .prepare<
        [],
        {
          standard_days: number;
          voter_list_days: number;
          same_day_days_before: number;
          source: 'manual' | 'package';
        }
      >('SELECT * FROM infolog_settings WHERE id = 1')
      .get();
    return {
      deadlines: row
        ? {
            standardDays: row.standard_days,
            voterListDays: row.voter_list_days,
            sameDayDaysBefore: row.same_day_days_before,
          }
        : { ...DEFAULT_DEADLINE_RULES },
      source: row?.source ?? 'default',
      votingDay: this.precinct.get()?.votingDay ?? null,
    };
  }

  /**
   * Sets the complaint deadlines: by the chair today, by the precinct package later. They
   * apply to complaints recorded from now on; each complaint keeps the deadline it got.
   */
  setDeadlines(
    rules: ComplaintDeadlineRules,
    actor: string | null,
    source: 'manual' | 'package',
  ): InfoLogSettings {
    this.log.record('infolog.deadlines_set', actor, {
      standard_days: rules.standardDays,
      voter_list_days: rules.voterListDays,
      same_day_days_before: rules.sameDayDaysBefore,
      source,
    });
    return this.settings();
  }

  /**
   * What a recorded or corrected entry's event says of it: when (checked against the precinct's
   * clock), its fields as stored, and a complaint's deadline (kept from `previous` if it had one).
   */
  private entryPayload(
    entryId: string,
    at: string,
    details: EntryDetails,
    previous: EntryRow | null,
  ) {
    const stored = storedEntry(at, details, this.context());
    return {
      entry_id: entryId,
      occurred_at: new Date(stored.occurredAt).toISOString(),
      occurred_local: at,
      details: stored.details,
      deadline: this.deadlineFor(at, stored.details, previous),
    };
  }

  private context(): RuleContext {
    return { timeZone: this.precinct.require().timeZone, now: this.clock.now() };
  }

  /** The entry, refused when missing, withdrawn or of another kind than `kind`. */
  private changeable(entryId: string, kind?: EntryDetails['kind']): EntryRow {
    const row = this.db
      .prepare<[string], EntryRow>('SELECT * FROM infolog_entries WHERE id = ?')
      .get(entryId);
    if (!row) throw new DomainError('entry_not_found', `No entry ${entryId}`);
    if (row.withdrawn_at !== null) {
      throw new DomainError('entry_withdrawn', 'The entry was withdrawn and cannot change');
    }
    if (kind && row.kind !== kind) {
      throw new DomainError('wrong_entry_kind', `The entry is not of kind ${kind}`);
    }
    return row;
  }

  /**
   * A complaint's deadline, from the rules in force now. A correction that keeps the day of
   * receipt and the subject keeps the deadline the complaint already had.
   */
  private deadlineFor(at: string, details: EntryDetails, previous: EntryRow | null): Deadline {
    if (details.kind !== 'complaint') return null;
    const receivedDate = at.slice(0, 10);
    if (previous?.deadline_rule && previous.deadline_date && previous.deadline_at) {
      const before = JSON.parse(previous.details_json) as EntryDetails;
      const sameSubject = before.kind === 'complaint' && before.subject === details.subject;
      if (sameSubject && previous.occurred_local.slice(0, 10) === receivedDate) {
        return {
          rule: previous.deadline_rule,
          days: previous.deadline_days ?? 0,
          due_date: previous.deadline_date,
          due_at: previous.deadline_at,
        };
      }
    }
    const precinct = this.precinct.require();
    const deadline = complaintDeadline(
      receivedDate,
      details.subject,
      precinct.votingDay,
      this.settings().deadlines,
    );
    return {
      rule: deadline.rule,
      days: deadline.days,
      due_date: deadline.dueDate,
      due_at: new Date(endOfLocalDay(deadline.dueDate, precinct.timeZone)).toISOString(),
    };
  }
}

/** The instant a precinct-local day ends (the next day's first minute that exists). */
export function endOfLocalDay(date: string, timeZone: string): number {
  const next = addDays(date, 1);
  // Midnight is skipped in the few zones that move their clocks at 00:00; then 01:00 is first.
  return (
    instantOfLocal(next, '00:00', timeZone) ?? (instantOfLocal(next, '01:00', timeZone) as number)
  );
}
