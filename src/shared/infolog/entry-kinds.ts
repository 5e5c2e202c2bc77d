/**
 * The public information log's vocabulary: entry kinds and the choices each offers. Plain
 * constants (no zod), so the renderer can import them; the schemas built on them live in
 * entry-schemas.ts. Source: docs/domain.md ("Information log").
 */
export const ENTRY_KINDS = [
  'inquiry',
  'notice',
  'meeting',
  'media',
  'observer',
  'complaint',
  'copy_issued',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * The kinds a member records from the information log's screen. A copy issued to an observer
 * is recorded where the document is (the voting day's screen), which checks that the
 * document exists and the observer is present.
 */
export const RECORDABLE_KINDS = [
  'inquiry',
  'notice',
  'meeting',
  'media',
  'observer',
  'complaint',
] as const satisfies readonly EntryKind[];
export type RecordableKind = (typeof RECORDABLE_KINDS)[number];

/** The voting day's documents a copy of which is issued to an observer or a proxy. */
export const ISSUED_DOCUMENTS = ['opening_act', 'protocol'] as const;
export type IssuedDocument = (typeof ISSUED_DOCUMENTS)[number];

export const INQUIRY_CHANNELS = ['in_person', 'phone', 'written', 'online'] as const;
export const INQUIRY_TOPICS = [
  'registration_check',
  'where_to_vote',
  'how_to_vote',
  'accessibility',
  'absentee_certificate',
  'other',
] as const;

export const NOTICE_PLACES = ['notice_board', 'entrance', 'online'] as const;
export const NOTICE_CONTENTS = [
  'polling_place_hours',
  'voter_list',
  'voting_procedure',
  'candidates_referendum',
] as const;
export const NOTICE_LANGUAGES = ['kk', 'ru', 'other'] as const;
export const ACCESSIBLE_FORMATS = ['large_print', 'braille', 'sign_language_video'] as const;

export const MEETING_FORMATS = ['meeting', 'seminar'] as const;
export const MEETING_AUDIENCES = [
  'residents',
  'ngos',
  'disability_associations',
  'media',
  'commission_members',
] as const;

/** Who sent the observer; foreign and international observers are accredited by the CEC. */
export const OBSERVER_ORGANISATIONS = ['party', 'ngo', 'foreign_state', 'international'] as const;

export const COMPLAINT_SUBJECTS = [
  'voter_list',
  'voting_procedure',
  'member_conduct',
  'campaigning',
  'other',
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
/** How a complaint was closed: answered by the commission, or sent on to a higher one. */
export const COMPLAINT_OUTCOMES = ['answered', 'forwarded'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const COMPLAINT_STATUSES = ['open', ...COMPLAINT_OUTCOMES] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** Which complaints a register shows; `overdue` is open past its deadline. */
export const COMPLAINT_FILTERS = ['open', 'overdue', 'answered', 'forwarded'] as const;
export type ComplaintFilter = (typeof COMPLAINT_FILTERS)[number];

/** Longest texts of an entry; the UI caps its inputs at the same lengths. */
export const INFOLOG_TEXT_LIMITS = {
  /** Names, outlets, organisations, places, numbers. */
  short: 200,
  /** Answers, topics, summaries, responses. */
  long: 2000,
} as const;

/** Largest meeting the log accepts (a typo guard, not a legal limit). */
export const MAX_PARTICIPANTS = 100_000;

/** A precinct-local date and wall time as entered: `YYYY-MM-DDTHH:MM`, no zone. */
export const LOCAL_MOMENT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;

/** Changes an entry goes through; each is one event, and the register shows them all. */
export const ENTRY_CHANGES = [
  'recorded',
  'corrected',
  'withdrawn',
  'checked_out',
  'answered',
] as const;
export type EntryChange = (typeof ENTRY_CHANGES)[number];
