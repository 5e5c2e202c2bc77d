/**
 * The fields of each entry kind, as zod schemas. One definition serves the API (times as
 * precinct-local `YYYY-MM-DDTHH:MM`, as the member typed them) and the event log (times as
 * ISO instants): the factory takes the schema of a moment.
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-dates';
import {
  ACCESSIBLE_FORMATS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_SUBJECTS,
  INFOLOG_TEXT_LIMITS,
  INQUIRY_CHANNELS,
  INQUIRY_TOPICS,
  ISSUED_DOCUMENTS,
  LOCAL_MOMENT_PATTERN,
  MAX_PARTICIPANTS,
  MEETING_AUDIENCES,
  MEETING_FORMATS,
  NOTICE_CONTENTS,
  NOTICE_LANGUAGES,
  NOTICE_PLACES,
  OBSERVER_ORGANISATIONS,
} from './entry-kinds';

const { short, long } = INFOLOG_TEXT_LIMITS;

/** A required text: trimmed, not empty. */
const text = (max: number) => z.string().trim().min(1).max(max);
/** A text that may stay empty; a rule of its kind may still require it (see entry-rules). */
const optionalText = (max: number) => z.string().trim().max(max);

/** Several of a fixed list, each at most once; `min` is 1 where the entry needs one. */
function choices<const T extends readonly [string, ...string[]]>(values: T, min: 0 | 1) {
  return z
    .array(z.enum(values))
    .min(min)
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, 'Each choice at most once');
}

/** A precinct-local date and time as entered, `YYYY-MM-DDTHH:MM`. */
export const localMomentSchema = z
  .string()
  .regex(LOCAL_MOMENT_PATTERN)
  .refine((value) => isCalendarDate(value.slice(0, 10)), 'Not a calendar date');

/** An instant as stored in the log. */
export const instantSchema = z.iso.datetime();

function complaintResponseSchema<M extends z.ZodType<string>>(moment: M) {
  return z.strictObject({
    outcome: z.enum(COMPLAINT_OUTCOMES),
    at: moment,
    text: text(long),
    /** The higher commission, when forwarded (required then). */
    forwardedTo: optionalText(short),
  });
}

function entryDetailsSchema<M extends z.ZodType<string>>(moment: M) {
  return z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('inquiry'),
      channel: z.enum(INQUIRY_CHANNELS),
      topic: z.enum(INQUIRY_TOPICS),
      answer: text(long),
      followUp: z.boolean(),
    }),
    z.strictObject({
      kind: z.literal('notice'),
      places: choices(NOTICE_PLACES, 1),
      contents: choices(NOTICE_CONTENTS, 1),
      languages: choices(NOTICE_LANGUAGES, 1),
      /** Required when the languages include `other`. */
      otherLanguage: optionalText(short),
      formats: choices(ACCESSIBLE_FORMATS, 0),
    }),
    z.strictObject({
      kind: z.literal('meeting'),
      format: z.enum(MEETING_FORMATS),
      place: text(short),
      audiences: choices(MEETING_AUDIENCES, 1),
      participants: z.number().int().min(1).max(MAX_PARTICIPANTS),
      topics: text(long),
    }),
    z.strictObject({
      kind: z.literal('media'),
      outlet: text(short),
      journalist: text(short),
      /** Foreign media are accredited through the Ministry of Foreign Affairs. */
      foreign: z.boolean(),
      /** Required for foreign media. */
      accreditation: optionalText(short),
      coverage: text(long),
    }),
    z.strictObject({
      kind: z.literal('observer'),
      organisationType: z.enum(OBSERVER_ORGANISATIONS),
      organisation: text(short),
      observerName: text(short),
      /** Required: no observer is registered without a mandate or accreditation number. */
      mandateNumber: optionalText(short),
      /** When the observer left; null while present. */
      departedAt: moment.nullable(),
    }),
    z.strictObject({
      kind: z.literal('complaint'),
      complainant: text(short),
      subject: z.enum(COMPLAINT_SUBJECTS),
      summary: text(long),
      /** The commission's answer; null while the complaint is open. */
      response: complaintResponseSchema(moment).nullable(),
    }),
    z.strictObject({
      kind: z.literal('copy_issued'),
      /** The observer's visit in this log, and their name and organisation as it gave them. */
      observerEntryId: text(100),
      observerName: text(short),
      organisation: text(short),
      document: z.enum(ISSUED_DOCUMENTS),
      /** The protocol's version (and its id) for a protocol; null for the opening act. */
      protocolId: text(100).nullable(),
      version: z.number().int().min(1).max(1000).nullable(),
    }),
  ]);
}

/** An entry's fields as the API takes and gives them (local times). */
export const entryDetailsInputSchema = entryDetailsSchema(localMomentSchema);
/** An entry's fields as the event log keeps them (instants). */
export const storedEntryDetailsSchema = entryDetailsSchema(instantSchema);
/** A complaint's answer as the API takes it; as the log keeps it. */
export const complaintResponseInputSchema = complaintResponseSchema(localMomentSchema);
export const storedComplaintResponseSchema = complaintResponseSchema(instantSchema);

/** The fields of an entry; times are local moments in the API and instants in the log. */
export type EntryDetails = z.output<typeof entryDetailsInputSchema>;
export type EntryDetailsOf<K extends EntryDetails['kind']> = Extract<EntryDetails, { kind: K }>;
/** The fields of an entry a member records from the information log's screen. */
export type RecordableDetails = Exclude<EntryDetails, { kind: 'copy_issued' }>;
export const isRecordable = (details: EntryDetails): details is RecordableDetails =>
  details.kind !== 'copy_issued';
export type ComplaintResponse = NonNullable<EntryDetailsOf<'complaint'>['response']>;
