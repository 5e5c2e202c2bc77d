/**
 * The voting day's part of the API contract (spread into `contract` in ../api.ts): opening,
 * ballots through the day, turnout reports, the close, and the protocol's signed versions.
 */
import { z } from 'zod';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';
import type { Ballot } from './ballot';
import type { ControlContext } from './control-relations';
import { protocolFiguresSchema, type ProtocolFigures } from './protocol-figures';
import type { ProtocolLine } from './protocol-lines';
import { ISSUED_DOCUMENTS, type IssuedDocument } from '../infolog/entry-kinds';
import { TURNOUT_REPORT_HOURS, type QuorumRule } from './protocol-settings';

const memberId = z.string().min(1).max(100);
const ballots = z.number().int().min(0).max(1_000_000);
const label = z.string().trim().min(1).max(80);
const optionalLabel = z.string().trim().min(1).max(40).nullable();
const explanation = z.string().trim().min(1).max(TEXT_LIMITS.reason);

export const openingInputSchema = z.strictObject({
  presentMemberIds: z.array(memberId).min(1).max(100),
  ballotsReceived: ballots,
  serialFrom: optionalLabel,
  serialTo: optionalLabel,
  allocations: z.array(z.strictObject({ memberId, ballots })).max(100),
  boxes: z
    .array(z.strictObject({ kind: z.enum(['stationary', 'portable']), number: label, seal: label }))
    .min(1)
    .max(50),
  observerEntryIds: z.array(z.string().min(1).max(100)).max(200),
});
export type OpeningInput = z.infer<typeof openingInputSchema>;

export const signInputSchema = z.strictObject({
  figures: protocolFiguresSchema,
  /** By failing relation key (`relation` or `relation:question`). */
  explanations: z.record(z.string().min(1).max(100), explanation),
  signedByMemberIds: z.array(memberId).min(1).max(100),
  /** Required for a correction (a protocol was signed before), refused otherwise. */
  correctionReason: explanation.nullable(),
});
export type SignInput = z.infer<typeof signInputSchema>;

/** A copy of the opening act or of a protocol version handed to an observer or a proxy. */
export const copyInputSchema = z.strictObject({
  observerEntryId: z.string().min(1).max(100),
  document: z.enum(ISSUED_DOCUMENTS),
  /** The protocol version's id for a protocol; null for the opening act. */
  protocolId: z.string().min(1).max(100).nullable(),
});
export type CopyInput = z.infer<typeof copyInputSchema>;

/** A copy issued, as the information log recorded it. */
export interface CopyIssuedView {
  entryId: string;
  observerName: string;
  organisation: string;
  document: IssuedDocument;
  version: number | null;
  issuedAt: string;
}

export interface DayMember {
  id: string;
  name: string;
  role: string;
  /** Whether the member's role issues ballots. */
  issues: boolean;
}

export interface OpeningView {
  openedAt: string;
  presentMemberIds: string[];
  quorum: number;
  ballotsReceived: number;
  serialFrom: string | null;
  serialTo: string | null;
  allocations: { memberId: string; ballots: number }[];
  boxes: { kind: 'stationary' | 'portable'; number: string; seal: string }[];
  observers: { entryId: string; name: string; organisation: string }[];
}

export interface MemberBalance {
  memberId: string;
  name: string;
  /** Ballots taken from the stock or passed by another member. */
  taken: number;
  /** Handed back to the stock or passed to another member. */
  passed: number;
  issuedAtStation: number;
  issuedAtHome: number;
  spoiled: number;
  /** Still in the member's hands: taken − passed − issued − spoiled. */
  inHand: number;
}

export interface TurnoutReportView {
  hour: (typeof TURNOUT_REPORT_HOURS)[number];
  sentAt: string | null;
  votersVoted: number | null;
  /** The hour has come (precinct time) and the report is not marked sent. */
  due: boolean;
}

export interface ProtocolVersionView {
  protocolId: string;
  version: number;
  supersedes: string | null;
  correctionReason: string | null;
  figures: ProtocolFigures;
  explanations: Record<string, string>;
  signedBy: { id: string; name: string; role: string }[];
  signedAt: string;
}

export interface LaptopState {
  slot: number;
  label: string | null;
  /** This laptop. */
  own: boolean;
  deviceId: string | null;
  /** The latest event of it this laptop holds (ISO instant), null when none. */
  lastEventAt: string | null;
  /** It exported after the close and this laptop imported the file. */
  exportedAfterClose: boolean;
}

export interface VotingDayView {
  ballot: Ballot | null;
  /** The protocol's lines: the package's labels (kk, ru) and order, or the law's by default. */
  lines: ProtocolLine[];
  quorumRule: QuorumRule;
  members: DayMember[];
  quorumNeeded: number;
  opening: OpeningView | null;
  closedAt: string | null;
  /** Ballots still in the commission's stock (received less those with members). */
  stock: number;
  balances: MemberBalance[];
  totals: { issuedAtStation: number; issuedAtHome: number; spoiled: number };
  reports: TurnoutReportView[];
  /** Observers present now, from the information log (to pick at the opening). */
  observersPresent: { entryId: string; name: string; organisation: string }[];
  control: ControlContext;
  versions: ProtocolVersionView[];
  laptops: LaptopState[];
  /** Copies issued to observers (the information log's entries not withdrawn), oldest first. */
  copiesIssued: CopyIssuedView[];
}

export const protocolOperations = {
  getVotingDay: op<VotingDayView>()(z.strictObject({})),
  openVoting: op<VotingDayView>()(openingInputSchema),
  /** Ballots from the stock (null) to a member, back, or from one member to another. */
  moveBallots: op<VotingDayView>()(
    z.strictObject({ fromMemberId: memberId.nullable(), toMemberId: memberId.nullable(), ballots }),
  ),
  /** The voter's ballot was spoiled: recorded against the issuing member, who gives another. */
  recordSpoiledBallot: op<VotingDayView>()(z.strictObject({ iin: z.string().regex(/^\d{12}$/) })),
  markTurnoutReportSent: op<VotingDayView>()(
    z.strictObject({ hour: z.enum(TURNOUT_REPORT_HOURS) }),
  ),
  closeVoting: op<VotingDayView>()(z.strictObject({})),
  signProtocol: op<VotingDayView>()(signInputSchema),
  /** The chair hands a copy to an observer present: an entry of the information log. */
  issueDocumentCopy: op<VotingDayView>()(copyInputSchema),
};
export type ProtocolOperation = keyof typeof protocolOperations;
