/**
 * The paper list of who has voted: per section of the voter list, each voter holding a ballot
 * in force, for the commission to go on with paper if every laptop fails (docs/printouts.md,
 * "The list of who has voted"). Spread into the one contract in ../api.ts.
 */
import { z } from 'zod';
import { op } from '../operation';

/** One voter who has received a ballot: no IIN, as on every printout. */
export interface VotedRow {
  /** The row's number within its section's list, in surname order from 1. */
  number: number;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  /** YYYY-MM-DD, to tell namesakes apart; null when the voter is not on this laptop's list. */
  birthDate: string | null;
  /** Precinct-local time of issue, `HH:MM`. */
  issuedTime: string;
  place: 'station' | 'portable_box';
}

/**
 * One section's part of the list. `sectionId` null: the whole list when it is not split into
 * sections, or, beside the sections, the voters in none of them (a portable-box ballot, or one
 * merged from before the split).
 */
export interface VotedSection {
  sectionId: string | null;
  /** The section's name; null for the whole list or the voters in no section. */
  name: string | null;
  deskLabel: string | null;
  rows: VotedRow[];
}

export interface VotedList {
  precinctNumber: number;
  precinctName: string;
  electionName: string;
  votingDay: string;
  /** When the list was read: precinct-local `YYYY-MM-DD` and `HH:MM`, and the zone. */
  printedDate: string;
  printedTime: string;
  timeZone: string;
  /** The list is split into sections (otherwise one part holds the whole list). */
  sectionsDefined: boolean;
  parts: VotedSection[];
}

export const votedListOperations = {
  /**
   * The list of who has voted: of one section (`sectionId`), or of every section when none is
   * named. An unknown section is `section_not_found`.
   */
  getVotedList: op<VotedList>()(
    z.object({ sectionId: z.string().min(1).max(100).optional() }).strict(),
  ),
};
