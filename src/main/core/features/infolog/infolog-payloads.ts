import { z } from 'zod';
import { DEADLINE_RULE_NAMES } from '@shared/infolog/complaint-deadline';
import {
  instantSchema,
  localMomentSchema,
  storedComplaintResponseSchema,
  storedEntryDetailsSchema,
} from '@shared/infolog/entry-schemas';

/**
 * Payloads of the information log's events. An entry's fields (`details`) keep the names of
 * the API's entry schemas (src/shared/infolog/entry-schemas.ts), so one definition checks
 * both; their times are instants here. Personal data (observers', journalists' and
 * complainants' names) is here because the registers must show it; nothing secret is.
 */
const entryId = z.string().min(1);

/** What a recording or a correction states: when, the fields, and a complaint's deadline. */
const entryVersion = {
  entry_id: entryId,
  occurred_at: instantSchema,
  /** The precinct-local date and time as entered. */
  occurred_local: localMomentSchema,
  details: storedEntryDetailsSchema,
  /** Complaints only: the deadline under the rules in force when it was recorded. */
  deadline: z
    .strictObject({
      rule: z.enum(DEADLINE_RULE_NAMES),
      days: z.number().int().min(0),
      due_date: z.iso.date(),
      /** The instant the deadline passes (start of the day after due_date, locally). */
      due_at: instantSchema,
    })
    .nullable(),
};

export const infologPayloadSchemas = {
  'infolog.entry_recorded': z.strictObject(entryVersion),
  'infolog.entry_corrected': z.strictObject({ ...entryVersion, reason: z.string().min(1) }),
  'infolog.entry_withdrawn': z.strictObject({ entry_id: entryId, reason: z.string().min(1) }),
  'infolog.observer_checked_out': z.strictObject({ entry_id: entryId, departed_at: instantSchema }),
  'infolog.complaint_answered': z.strictObject({
    entry_id: entryId,
    response: storedComplaintResponseSchema,
  }),
  'infolog.deadlines_set': z.strictObject({
    standard_days: z.number().int(),
    voter_list_days: z.number().int(),
    same_day_days_before: z.number().int(),
    source: z.enum(['manual', 'package']),
  }),
};
