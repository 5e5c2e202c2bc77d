/**
 * The list of who has voted, per section of the voter list: read from the ballots table (the
 * projection of `ballot.issued` and `ballot.undone`), so a ballot undone is left out and a
 * voter given a new one after an undo is listed once, at the new ballot's time, exactly as the
 * turnout and the voter's card count them (docs/printouts.md, "The list of who has voted").
 */
import type { PrecinctInfo } from '@shared/api';
import { DomainError } from '@shared/result';
import type { SectionView } from '@shared/voters/voter-api';
import type { VotedList, VotedRow, VotedSection } from '@shared/voters/voted-list-api';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { localDateTime } from '../../kernel/time/local-time';
import { sectionContains } from './ballot-service';

interface VotedRowData {
  issued_at: string;
  place: 'station' | 'portable_box';
  last_name: string | null;
  first_name: string | null;
  patronymic: string | null;
  birth_date: string | null;
  address: string | null;
}

/** Surnames in the Kazakh alphabet's order (which holds the Russian one), as paper lists are. */
const collator = new Intl.Collator('kk', { sensitivity: 'base' });

const byName = (a: VotedRowData, b: VotedRowData): number =>
  collator.compare(a.last_name ?? '', b.last_name ?? '') ||
  collator.compare(a.first_name ?? '', b.first_name ?? '') ||
  collator.compare(a.patronymic ?? '', b.patronymic ?? '') ||
  a.issued_at.localeCompare(b.issued_at);

/**
 * Every ballot in force with its voter, named as the list names them. A ballot whose voter is
 * not on this laptop's list (merged from another laptop before the list came) keeps its row,
 * with empty names: the printout says so rather than leaving a vote out.
 */
function ballotsInForce(db: Db): VotedRowData[] {
  return cachedStatement(
    db,
    `SELECT b.issued_at, b.place, v.last_name, v.first_name, v.patronymic, v.birth_date, v.address
       FROM ballots b LEFT JOIN voters v ON v.iin = b.iin
      WHERE b.undone_at IS NULL`,
  ).all() as VotedRowData[];
}

function numbered(rows: VotedRowData[], timeZone: string): VotedRow[] {
  return rows.sort(byName).map((row, at) => ({
    number: at + 1,
    lastName: row.last_name ?? '',
    firstName: row.first_name ?? '',
    patronymic: row.patronymic,
    birthDate: row.birth_date,
    issuedTime: localDateTime(Date.parse(row.issued_at), timeZone).time,
    place: row.place,
  }));
}

/**
 * The list of one section (`sectionId`), or of all: each section in its order, then the
 * voters in none of them when there are any (or, with no sections, the whole list as one
 * part). An unknown section is refused with `section_not_found`.
 */
export function votedList(
  db: Db,
  clock: Clock,
  precinct: PrecinctInfo,
  sections: SectionView[],
  sectionId?: string,
): VotedList {
  const chosen =
    sectionId === undefined ? sections : sections.filter((s) => s.sectionId === sectionId);
  if (sectionId !== undefined && chosen.length === 0) {
    throw new DomainError('section_not_found', 'No such section of the list', { sectionId });
  }
  const rows = ballotsInForce(db);
  const groups = new Map<string | null, VotedRowData[]>(chosen.map((s) => [s.sectionId, []]));
  for (const row of rows) {
    const voter = { last_name: row.last_name ?? '', address: row.address ?? '' };
    // The first section that holds the voter, as a ballot's check and the voter's card find it.
    const home =
      row.last_name === null ? undefined : sections.find((s) => sectionContains(s.rule, voter));
    const key = home?.sectionId ?? null;
    if (sectionId !== undefined && key !== sectionId) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const parts: VotedSection[] = chosen.map((section) => ({
    sectionId: section.sectionId,
    name: section.name,
    deskLabel: section.deskLabel,
    rows: numbered(groups.get(section.sectionId) ?? [], precinct.timeZone),
  }));
  const outside = groups.get(null);
  if (sectionId === undefined && (sections.length === 0 || (outside && outside.length > 0))) {
    parts.push({
      sectionId: null,
      name: null,
      deskLabel: null,
      rows: numbered(outside ?? [], precinct.timeZone),
    });
  }
  const now = localDateTime(clock.now(), precinct.timeZone);
  return {
    precinctNumber: precinct.precinctNumber,
    precinctName: precinct.precinctName,
    electionName: precinct.electionName,
    votingDay: precinct.votingDay,
    printedDate: now.date,
    printedTime: now.time,
    timeZone: precinct.timeZone,
    sectionsDefined: sections.length > 0,
    parts,
  };
}
