/**
 * The voting day's results in supervisor mode (spread into `contract` in ../api.ts): every
 * precinct's protocol as signed, checked again centrally, summed by region, and a precinct's
 * protocol versions with their checks. Read from the central store's projections
 * (docs/central-store.md, "Protocols").
 */
import { z } from 'zod';
import type { ProtocolLine } from '../protocol/protocol-lines';
import { op } from '../operation';
import { PRECINCT_SEARCH_MAX } from './precinct-list-contract';
import type { ControlRelation } from '../protocol/control-relations';
import type { ProtocolFigures } from '../protocol/protocol-figures';

const id = z.string().min(1).max(100);

/** How the precincts' results table can be ordered. */
export const RESULT_SORTS = ['number', 'region', 'issued', 'valid', 'status'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

/** Where a precinct stands: no protocol yet, a protocol that holds, or one that fails a check. */
export const RESULT_STATUSES = ['no_protocol', 'consistent', 'explained', 'unexplained'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** A name as the ballot gives it (Kazakh and Russian), or null when the package has no ballot. */
export type BallotName = { kk: string; ru: string } | null;

export interface OptionTotal {
  optionId: string;
  name: BallotName;
  votes: number;
}

export interface QuestionTotal {
  questionId: string;
  text: BallotName;
  valid: number;
  invalid: number;
  options: OptionTotal[];
}

export interface PrecinctResult {
  precinctId: string;
  number: number;
  name: string;
  region: string;
  district: string;
  status: ResultStatus;
  /** The current version's number, null without a protocol. */
  version: number | null;
  versions: number;
  signedAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  /** Ballots issued (at the station and at home) by the current version, null without one. */
  issued: number | null;
  /** Valid ballots of the first question, null without a protocol. */
  valid: number | null;
  /** The current version's failing checks (`relation` or `relation:question`). */
  failing: string[];
  openAlarms: number;
  /** Turnout reports marked sent (of TURNOUT_REPORT_HOURS). */
  reportsSent: number;
}

export interface RegionResult {
  region: string;
  precincts: number;
  withProtocol: number;
  issued: number;
  questions: QuestionTotal[];
}

export interface Results {
  regions: string[];
  /** Precincts in the scope (all, or the region asked for). */
  total: number;
  withProtocol: number;
  /** Precincts of the scope the search matches (all of them without one): what is paged. */
  found: number;
  /** One page of the precincts found, in the order asked for. */
  precincts: PrecinctResult[];
  /** The votes summed over the scope's current protocols. */
  questions: QuestionTotal[];
  /** Every region's sums (the whole store, whatever the scope). */
  byRegion: RegionResult[];
}

export interface ProtocolCheckView {
  relation: ControlRelation;
  questionId: string | null;
  holds: boolean;
  left: number;
  right: number;
  /** The precinct's written explanation of a failing check, if it gave one. */
  explanation: string | null;
}

export interface ProtocolVersionView {
  protocolId: string;
  version: number;
  supersedes: string | null;
  correctionReason: string | null;
  /** Superseded by a later version (kept, never counted). */
  superseded: boolean;
  signedAt: string;
  /** The members who signed, by name where the package names them. */
  signedBy: string[];
  figures: ProtocolFigures;
  checks: ProtocolCheckView[];
}

/** A precinct's ballots passed between members, and its turnout reports, as its files brought them. */
export interface BallotFlow {
  /** Oldest first; a side null is the commission's stock. */
  moves: { at: string; from: string | null; to: string | null; ballots: number }[];
  /** Members (or the stock, null) who passed on more ballots than they were ever given. */
  overdrawn: { member: string | null; balance: number }[];
  /** The fixed hours marked sent, earliest mark of each. */
  turnoutReports: { hour: string; sentAt: string; votersVoted: number }[];
}

export interface PrecinctProtocols extends BallotFlow {
  precinctId: string;
  number: number;
  name: string;
  region: string;
  openedAt: string | null;
  closedAt: string | null;
  ballotsReceivedAtOpening: number | null;
  spoiledEvents: number;
  /** What the checks compare the figures with, from the central store. */
  votersOnList: number;
  ballotEventsAtStation: number;
  /** The protocol's lines as the precinct's package gave them (the law's by default). */
  lines: ProtocolLine[];
  /** Newest first. */
  versions: ProtocolVersionView[];
}

export const resultsOperations = {
  getResults: op<Results>()(
    z
      .object({
        region: z.string().max(200).optional(),
        /** A number or a part of a name, as the dashboard's precincts are searched. */
        search: z.string().max(PRECINCT_SEARCH_MAX).optional(),
        sort: z.enum(RESULT_SORTS),
        descending: z.boolean(),
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0),
      })
      .strict(),
  ),
  getPrecinctProtocols: op<PrecinctProtocols>()(z.object({ precinctId: id }).strict()),
};
