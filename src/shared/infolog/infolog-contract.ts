/**
 * The information log's part of the API contract (spread into `contract` in ../api.ts) and
 * the shapes its operations return.
 */
import { z } from 'zod';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';
import {
  DEADLINE_LIMITS,
  type ComplaintDeadline,
  type ComplaintDeadlineRules,
} from './complaint-deadline';
import {
  COMPLAINT_FILTERS,
  ENTRY_KINDS,
  type ComplaintStatus,
  type EntryChange,
  type EntryKind,
} from './entry-kinds';
import {
  complaintResponseInputSchema,
  entryDetailsInputSchema,
  localMomentSchema,
  type EntryDetails,
} from './entry-schemas';

const entryId = z.string().min(1).max(64);
const reason = z.string().trim().min(1).max(TEXT_LIMITS.reason);
const days = (limits: { min: number; max: number }) =>
  z.number().int().min(limits.min).max(limits.max);

export const infologFilterSchema = z.strictObject({
  kind: z.enum(ENTRY_KINDS).optional(),
  /** Precinct-local dates, inclusive. */
  fromDate: z.iso.date().optional(),
  toDate: z.iso.date().optional(),
  /** The member who recorded the entry. */
  memberId: z.string().min(1).max(64).optional(),
  /** Words looked for in the entry's texts, case-insensitively. */
  text: z.string().trim().max(200).optional(),
  /** Observers only: those present now. */
  presentOnly: z.boolean().optional(),
  complaintStatus: z.enum(COMPLAINT_FILTERS).optional(),
  /** Withdrawn entries are listed (marked) unless this is false. */
  includeWithdrawn: z.boolean().optional(),
  /** Newest first on screen; oldest first in printouts, as in a paper log book. */
  order: z.enum(['newest', 'oldest']),
  limit: z.number().int().min(1).max(5000),
  offset: z.number().int().min(0),
});
export type InfoLogFilter = z.output<typeof infologFilterSchema>;

export const deadlineRulesSchema = z.strictObject({
  standardDays: days(DEADLINE_LIMITS.days),
  voterListDays: days(DEADLINE_LIMITS.days),
  sameDayDaysBefore: days(DEADLINE_LIMITS.sameDayDaysBefore),
});

// ---- result shapes -------------------------------------------------------------------------

/** One change of an entry, as the register shows it. */
export interface InfoLogChange {
  change: EntryChange;
  /** When it was recorded (ISO instant). */
  at: string;
  memberId: string | null;
  memberName: string | null;
  /** Why, for a correction or a withdrawal. */
  reason: string | null;
  /** The entry as it stood after this change; null for a withdrawal. */
  occurredLocal: string | null;
  details: EntryDetails | null;
}

export interface ObserverState {
  present: boolean;
  /** ISO instant, or null while present. */
  departedAt: string | null;
}

export interface ComplaintState {
  status: ComplaintStatus;
  deadline: ComplaintDeadline & {
    /** The instant the deadline passes: the start of the day after the due date, locally. */
    dueAt: string;
  };
  respondedAt: string | null;
  /** Open and past its deadline now. */
  overdue: boolean;
  /** Answered or forwarded after its deadline. */
  late: boolean;
}

export interface InfoLogEntryView {
  id: string;
  kind: EntryKind;
  /** Number in its kind's register, in the order entries were recorded. */
  number: number;
  /** When it happened: an ISO instant, and the precinct-local `YYYY-MM-DDTHH:MM` entered. */
  occurredAt: string;
  occurredLocal: string;
  /** The entry's fields now, with times as precinct-local moments. */
  details: EntryDetails;
  recordedById: string | null;
  recordedByName: string | null;
  recordedAt: string;
  withdrawn: { at: string; reason: string; memberName: string | null } | null;
  corrections: number;
  /** Every change, oldest first: the original, each correction, check-out, answer, withdrawal. */
  history: InfoLogChange[];
  observer: ObserverState | null;
  complaint: ComplaintState | null;
}

export interface InfoLogPage {
  entries: InfoLogEntryView[];
  total: number;
  /** Members who recorded entries, for the member filter. */
  members: { id: string; name: string }[];
  /** Across the whole log, whatever the filter. */
  presentObservers: number;
  overdueComplaints: number;
}

export interface InfoLogDay {
  /** Precinct-local date. */
  date: string;
  counts: Record<EntryKind, number>;
  /** Registration checks answered in the voter screens (counted, no personal data). */
  registrationChecks: number;
}

export interface InfoLogSettings {
  deadlines: ComplaintDeadlineRules;
  /** Where the deadlines come from: the defaults, the chair, or the precinct package. */
  source: 'default' | 'manual' | 'package';
  votingDay: string | null;
}

export const infologOperations = {
  listInfoLog: op<InfoLogPage>()(infologFilterSchema),
  /** Entries per precinct-local day and kind (withdrawn ones left out). */
  getInfoLogCounts: op<InfoLogDay[]>()(
    z.strictObject({ fromDate: z.iso.date().optional(), toDate: z.iso.date().optional() }),
  ),
  recordInfoLogEntry: op<InfoLogEntryView>()(
    z.strictObject({ at: localMomentSchema, details: entryDetailsInputSchema }),
  ),
  /** Replaces an entry's fields; the earlier version stays in its history. */
  correctInfoLogEntry: op<InfoLogEntryView>()(
    z.strictObject({ entryId, at: localMomentSchema, details: entryDetailsInputSchema, reason }),
  ),
  withdrawInfoLogEntry: op<InfoLogEntryView>()(z.strictObject({ entryId, reason })),
  checkOutObserver: op<InfoLogEntryView>()(z.strictObject({ entryId, at: localMomentSchema })),
  answerComplaint: op<InfoLogEntryView>()(
    z.strictObject({ entryId, response: complaintResponseInputSchema }),
  ),
  getInfoLogSettings: op<InfoLogSettings>()(z.strictObject({})),
  setComplaintDeadlines: op<InfoLogSettings>()(deadlineRulesSchema),
};
