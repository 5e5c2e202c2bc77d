/**
 * The voter list's part of the API contract: operations, their input schemas and the shapes
 * they return. Spread into the one contract in ../api.ts.
 */
import { z } from 'zod';
import { fileHandleSchema } from '../files/files-contract';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';

/** Columns of a voter list file, by their canonical names. */
export const VOTER_FIELDS = [
  'iin',
  'last_name',
  'first_name',
  'patronymic',
  'birth_date',
  'address',
  'precinct',
] as const;
export type VoterField = (typeof VOTER_FIELDS)[number];

/**
 * Why a whole file is refused (nothing is read from it). `file_too_large`: a workbook that
 * would unpack past the reader's bounds (a "zip bomb"); sync and package files have their own
 * `too_large`.
 */
export const LIST_FILE_PROBLEMS = [
  'empty',
  'binary',
  'encoding',
  'no_header',
  'missing_column',
  'unreadable',
  'file_too_large',
] as const;
export type ListFileProblem = (typeof LIST_FILE_PROBLEMS)[number];

/** Row checks: errors keep a row out of the list, warnings let it in and ask for a look. */
export const LIST_ERROR_CODES = [
  'missing_field',
  'column_count',
  'iin_format',
  'iin_checksum',
  'birth_date_invalid',
  'iin_birth_date_mismatch',
  'under_age',
  'duplicate_iin',
] as const;
export const LIST_WARNING_CODES = [
  'possible_duplicate',
  'iin_leading_zero',
  'lossy_encoding',
] as const;
export type ListIssueCode = (typeof LIST_ERROR_CODES)[number] | (typeof LIST_WARNING_CODES)[number];

/** Fields a correction may change (an IIN is never corrected: that is a removal and an addition). */
export const CORRECTABLE_FIELDS = [
  'last_name',
  'first_name',
  'patronymic',
  'birth_date',
  'address',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const ADD_BASES = [
  'registration_confirmed',
  'absentee_certificate',
  'court_decision',
  'other',
] as const;
export type AddBasis = (typeof ADD_BASES)[number];

export const REMOVAL_BASES = [
  'deceased',
  'registered_elsewhere',
  'absentee_certificate',
  'other',
] as const;
export type RemovalBasis = (typeof REMOVAL_BASES)[number];

/**
 * Turnout is reported upward at these precinct-local hours (docs/domain.md, "Voting hours,
 * turnout and time zones").
 */
export const TURNOUT_HOURS = ['10:00', '12:00', '14:00', '16:00', '18:00', '20:00'] as const;

// ---- results ---------------------------------------------------------------------------------

export interface ListReport {
  reportId: string;
  /** A file checked before import, or the list re-checked as it stands. */
  kind: 'file' | 'list';
  fileName: string | null;
  sha256: string | null;
  format: 'csv' | 'xlsx' | null;
  encoding: 'utf-8' | 'windows-1251' | null;
  delimiter: ',' | ';' | null;
  votingDay: string | null;
  /** Data rows read (empty lines not counted). */
  rows: number;
  /** Rows without errors. */
  valid: number;
  errorCount: number;
  warningCount: number;
  countsByCode: Partial<Record<ListIssueCode, number>>;
  skippedChecks: ListIssueCode[];
  createdAt: string;
  /** Set once the file's valid rows were imported. */
  importedAt: string | null;
  imported: number | null;
}

export interface ListIssue {
  row: number;
  field: VoterField | null;
  code: ListIssueCode;
  severity: 'error' | 'warning';
  details: Record<string, string | number>;
  /** The row's cells as read, so a rejected row can be fixed without the file at hand. */
  cells: Partial<Record<VoterField, string>>;
}

export interface ListIssuePage {
  issues: ListIssue[];
  total: number;
}

export type VoterStatus = 'listed' | 'removed';

/** Who a voter is, as the list holds it. */
export interface VoterPerson {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  /** YYYY-MM-DD */
  birthDate: string;
  address: string;
}

export interface VoterSummary extends VoterPerson {
  status: VoterStatus;
  absentee: boolean;
  homeVoting: boolean;
  ballotIssued: boolean;
  removalPending: boolean;
}

export interface VoterSearchResult {
  voters: VoterSummary[];
  /** Matches found (may be more than returned). */
  total: number;
  /** Counting stopped at `total`: there are more matches than that. */
  totalCapped: boolean;
  truncated: boolean;
}

export interface BallotView {
  ballotId: string;
  iin: string;
  issuedAt: string;
  issuedBy: string;
  issuedByName: string | null;
  place: 'station' | 'portable_box';
  helperName: string | null;
  deviceId: string;
}

export interface AbsenteeView {
  number: string;
  issuedOn: string;
  recordedAt: string;
  recordedByName: string | null;
}

export interface RemovalRequestView {
  requestId: string;
  iin: string;
  voterName: string;
  basis: RemovalBasis;
  reason: string;
  documentRef: string | null;
  requestedAt: string;
  requestedByName: string | null;
  status: 'pending' | 'approved' | 'refused';
  decidedAt: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
}

export interface VoterHistoryEntry {
  at: string;
  type: string;
  actorName: string | null;
  payload: Record<string, unknown>;
}

export interface SectionView {
  sectionId: string;
  name: string;
  rule: SectionRule;
  deviceId: string;
  deskLabel: string;
}

export interface VoterCard {
  voter: VoterSummary & { precinct: number | null };
  section: (SectionView & { thisDevice: boolean }) | null;
  /** The chair has split the list into sections (a voter in none of them cannot be issued). */
  sectionsDefined: boolean;
  ballot: BallotView | null;
  absentee: AbsenteeView | null;
  removal: RemovalRequestView | null;
  history: VoterHistoryEntry[];
}

export interface PollingPlace {
  precinctNumber: number;
  precinctName: string;
  address: string;
  votingDay: string;
  opens: string;
  closes: string;
}

export interface InquiryAnswer {
  found: boolean;
  /** Names of the voters found (no IINs of anyone else). */
  matches: {
    lastName: string;
    firstName: string;
    patronymic: string | null;
    status: VoterStatus;
  }[];
  pollingPlace: PollingPlace;
}

export interface SectionsState {
  sections: SectionView[];
  thisDeviceId: string;
  /** Devices seen in this precinct's log (this one included), for assigning sections. */
  knownDevices: string[];
}

export interface TurnoutFigure {
  time: (typeof TURNOUT_HOURS)[number];
  /** Reached: the precinct-local clock has passed this hour on voting day. */
  reached: boolean;
  station: number;
  portableBox: number;
  total: number;
  percent: number;
}

export interface Turnout {
  votingDay: string;
  listed: number;
  station: number;
  portableBox: number;
  total: number;
  percent: number;
  figures: TurnoutFigure[];
}

// ---- inputs ----------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
const iin = z.string().trim().max(40);
const reportId = z.string().min(1).max(64);

export const sectionRuleSchema = z.discriminatedUnion('kind', [
  /** Surnames whose folded first letter falls in from..to (Cyrillic, inclusive). */
  z.object({ kind: z.literal('alphabet'), from: z.string().length(1), to: z.string().length(1) }),
  /** Addresses containing any of these fragments (folded). */
  z.object({
    kind: z.literal('address'),
    fragments: z.array(text(TEXT_LIMITS.place)).min(1).max(50),
  }),
]);
export type SectionRule = z.infer<typeof sectionRuleSchema>;

export const sectionInputSchema = z.object({
  name: text(TEXT_LIMITS.title),
  rule: sectionRuleSchema,
  deviceId: z.string().trim().min(1).max(64),
  deskLabel: text(TEXT_LIMITS.title),
});
export type SectionInput = z.infer<typeof sectionInputSchema>;

export const addVoterSchema = z.object({
  iin,
  lastName: text(TEXT_LIMITS.name),
  firstName: text(TEXT_LIMITS.name),
  patronymic: optionalText(TEXT_LIMITS.name),
  birthDate: z.string().trim().max(20),
  address: text(TEXT_LIMITS.address),
  basis: z.enum(ADD_BASES),
  certificateNumber: optionalText(TEXT_LIMITS.place),
  issuingPrecinct: optionalText(TEXT_LIMITS.place),
  documentRef: optionalText(TEXT_LIMITS.place),
  reason: text(TEXT_LIMITS.reason),
});
export type AddVoterInput = z.infer<typeof addVoterSchema>;

export const voterOperations = {
  /** Reads and checks a list file without writing anything to the list. */
  checkVoterFile: op<ListReport>()(
    /** `handle`: a `.csv`, `.txt` or `.xlsx` chosen with showOpenDialog or bindOpenFile. */
    z.object({ handle: fileHandleSchema }),
  ),
  /** Imports a checked file's valid rows; names with lost letters need `acceptLostLetters`. */
  importVoterFile: op<ListReport>()(
    z.object({ reportId, acceptLostLetters: z.boolean().optional() }),
  ),
  /** Checks the list as it stands now (after corrections, for example). */
  recheckVoterList: op<ListReport>()(z.object({}).strict()),
  listVoterReports: op<ListReport[]>()(z.object({}).strict()),
  getListIssues: op<ListIssuePage>()(
    z.object({
      reportId,
      severity: z.enum(['error', 'warning']).optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(1000),
    }),
  ),
  /** Writes a report's issues (with the rows' cells) as CSV, to a `.csv` chosen by handle. */
  exportListReport: op<{ path: string; rows: number }>()(
    z.object({ reportId, handle: fileHandleSchema }),
  ),
  searchVoters: op<VoterSearchResult>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(10_000) }),
  ),
  getVoterCard: op<VoterCard>()(z.object({ iin })),
  /** "Am I on the list?" — answered, and counted without keeping who asked. */
  answerInquiry: op<InquiryAnswer>()(
    z.discriminatedUnion('by', [
      z.object({ by: z.literal('iin'), iin }),
      z.object({
        by: z.literal('name_birth'),
        name: text(TEXT_LIMITS.name * 3),
        birthDate: z.string().trim().max(20),
      }),
    ]),
  ),
  addVoter: op<VoterSummary>()(addVoterSchema),
  correctVoter: op<VoterSummary>()(
    z.object({
      iin,
      field: z.enum(CORRECTABLE_FIELDS),
      value: z.string().trim().max(TEXT_LIMITS.address),
      reason: text(TEXT_LIMITS.reason),
      documentRef: optionalText(TEXT_LIMITS.place),
    }),
  ),
  requestRemoval: op<RemovalRequestView>()(
    z.object({
      iin,
      basis: z.enum(REMOVAL_BASES),
      reason: text(TEXT_LIMITS.reason),
      documentRef: optionalText(TEXT_LIMITS.place),
    }),
  ),
  listRemovalRequests: op<RemovalRequestView[]>()(z.object({ status: z.enum(['pending', 'all']) })),
  decideRemoval: op<RemovalRequestView>()(
    z.object({
      requestId: z.string().min(1).max(64),
      decision: z.enum(['approve', 'refuse']),
      reason: optionalText(TEXT_LIMITS.reason),
    }),
  ),
  issueAbsenteeCertificate: op<AbsenteeView>()(
    z.object({ iin, number: text(TEXT_LIMITS.place), issuedOn: z.iso.date() }),
  ),
  getSections: op<SectionsState>()(z.object({}).strict()),
  setSections: op<SectionsState>()(z.object({ sections: z.array(sectionInputSchema).max(100) })),
  issueBallot: op<BallotView>()(
    z.object({
      iin,
      /** The member confirms the voter's ID document was shown. */
      documentChecked: z.literal(true),
      helperName: optionalText(TEXT_LIMITS.name),
    }),
  ),
  undoBallot: op<null>()(
    z.object({ ballotId: z.string().min(1).max(64), reason: text(TEXT_LIMITS.reason) }),
  ),
  getTurnout: op<Turnout>()(z.object({}).strict()),
};
