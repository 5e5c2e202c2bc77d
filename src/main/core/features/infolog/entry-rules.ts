/**
 * The rules an entry must meet beyond its schema, and the turn of its precinct-local times
 * into instants. Every write of the information log passes here, so bad input changes
 * nothing: each failure is a DomainError with a stable code and, where it concerns one field,
 * that field's path in the operation's input (`details.field`), for the UI to mark.
 */
import type { ComplaintResponse, EntryDetails } from '@shared/infolog/entry-schemas';
import { DomainError, assertNever, type ErrorCode } from '@shared/result';
import { instantOfLocalMoment } from '../../kernel/time/local-instant';
import { localDateTime } from '../../kernel/time/local-time';

/** A time a few minutes ahead of the clock is accepted: two watches never agree exactly. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface RuleContext {
  timeZone: string;
  /** The core's clock. */
  now: number;
}

function refuse(code: ErrorCode, message: string, field: string): never {
  throw new DomainError(code, message, { field });
}

/** The instant of a local moment the member typed; refused when it is not in the past. */
export function momentToInstant(moment: string, context: RuleContext, field: string): number {
  const instant = instantOfLocalMoment(moment, context.timeZone);
  if (instant === null) {
    refuse('invalid_local_time', `${moment} does not exist in ${context.timeZone}`, field);
  }
  if (instant > context.now + FUTURE_TOLERANCE_MS) {
    refuse('time_in_future', `${moment} is later than now`, field);
  }
  return instant;
}

/** An instant as the precinct-local moment `YYYY-MM-DDTHH:MM`. */
export function instantToMoment(iso: string, timeZone: string): string {
  const local = localDateTime(Date.parse(iso), timeZone);
  return `${local.date}T${local.time}`;
}

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * Checks a complaint's answer and turns its time into an instant: not before the complaint
 * was received, not in the future; a forwarded complaint names where it went.
 */
export function storedResponse(
  response: ComplaintResponse,
  receivedAt: number,
  context: RuleContext,
  field: string,
): ComplaintResponse {
  const at = momentToInstant(response.at, context, `${field}.at`);
  if (at < receivedAt) {
    refuse('answered_before_received', 'The answer is dated before the complaint', `${field}.at`);
  }
  if (response.outcome === 'forwarded' && !response.forwardedTo) {
    refuse('invalid_input', 'A forwarded complaint names the commission', `${field}.forwardedTo`);
  }
  return {
    ...response,
    at: iso(at),
    forwardedTo: response.outcome === 'forwarded' ? response.forwardedTo : '',
  };
}

/** Checks an observer's departure against the arrival and turns it into an instant. */
export function storedDeparture(
  departedAt: string,
  arrivedAt: number,
  context: RuleContext,
  field: string,
): string {
  const at = momentToInstant(departedAt, context, field);
  if (at < arrivedAt) refuse('departure_before_arrival', 'Departure before arrival', field);
  return iso(at);
}

/**
 * Checks an entry as entered (local times) and returns it as the log keeps it (instants),
 * with the instant it occurred.
 */
export function storedEntry(
  at: string,
  details: EntryDetails,
  context: RuleContext,
): { occurredAt: number; details: EntryDetails } {
  const occurredAt = momentToInstant(at, context, 'at');
  const stored = (): EntryDetails => {
    switch (details.kind) {
      case 'inquiry':
      case 'meeting':
        return details;
      case 'notice': {
        const other = details.languages.includes('other');
        if (other && !details.otherLanguage) {
          refuse('invalid_input', 'Name the other language', 'details.otherLanguage');
        }
        return { ...details, otherLanguage: other ? details.otherLanguage : '' };
      }
      case 'media':
        if (details.foreign && !details.accreditation) {
          refuse(
            'media_accreditation_required',
            'Foreign media need their accreditation number',
            'details.accreditation',
          );
        }
        return details;
      case 'observer':
        if (!details.mandateNumber) {
          refuse(
            'observer_mandate_required',
            'An observer is registered with a mandate number',
            'details.mandateNumber',
          );
        }
        return {
          ...details,
          departedAt:
            details.departedAt === null
              ? null
              : storedDeparture(details.departedAt, occurredAt, context, 'details.departedAt'),
        };
      case 'complaint':
        return {
          ...details,
          response:
            details.response === null
              ? null
              : storedResponse(details.response, occurredAt, context, 'details.response'),
        };
      case 'copy_issued':
        // Recorded by the voting day's service, which checks the document and the observer.
        return refuse(
          'wrong_entry_kind',
          'A copy issued is recorded with the document it copies',
          'details.kind',
        );
      default:
        return assertNever(details);
    }
  };
  return { occurredAt, details: stored() };
}

/** Stored fields (instants) back as the API gives them (local moments). */
export function detailsForView(details: EntryDetails, timeZone: string): EntryDetails {
  switch (details.kind) {
    case 'observer':
      return {
        ...details,
        departedAt: details.departedAt ? instantToMoment(details.departedAt, timeZone) : null,
      };
    case 'complaint':
      return {
        ...details,
        response: details.response
          ? { ...details.response, at: instantToMoment(details.response.at, timeZone) }
          : null,
      };
    default:
      return details;
  }
}
