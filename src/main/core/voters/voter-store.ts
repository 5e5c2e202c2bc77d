import { foldName, foldText } from '../../../shared/voters/fold';
import type { VoterStatus, VoterSummary } from '../../../shared/voters/voter-api';
import type { Db } from '../db/database';
import { cachedStatement } from '../db/statement-cache';

/** A voter's data as the list holds it (field names as in the files and events). */
export interface VoterData {
  iin: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  birth_date: string;
  address: string;
  precinct: number | null;
}

export interface VoterRow extends VoterData {
  id: number;
  last_key: string;
  first_key: string;
  patronymic_key: string;
  name_key: string;
  address_key: string;
  status: VoterStatus;
  source: string;
}

/** The search keys of a voter, derived from the names and the address. */
export function voterKeys(data: VoterData) {
  const last = foldName(data.last_name);
  const first = foldName(data.first_name);
  const patronymic = foldName(data.patronymic ?? '');
  return {
    last_key: last,
    first_key: first,
    patronymic_key: patronymic,
    name_key: [last, first, patronymic].filter((k) => k !== '').join(' '),
    address_key: foldText(data.address),
  };
}

const INSERT_SQL = `INSERT INTO voters (iin, last_name, first_name, patronymic, birth_date, address,
  precinct, last_key, first_key, patronymic_key, name_key, address_key, status, source)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'listed', ?)`;

/** Adds one voter to the list (keys computed here unless the caller has them already). */
export function insertVoter(
  db: Db,
  data: VoterData,
  source: string,
  keys: ReturnType<typeof voterKeys> = voterKeys(data),
): void {
  cachedStatement(db, INSERT_SQL).run(
    data.iin,
    data.last_name,
    data.first_name,
    data.patronymic,
    data.birth_date,
    data.address,
    data.precinct,
    keys.last_key,
    keys.first_key,
    keys.patronymic_key,
    keys.name_key,
    keys.address_key,
    source,
  );
}

export function findVoter(db: Db, iin: string): VoterRow | undefined {
  return cachedStatement(db, 'SELECT * FROM voters WHERE iin = ?').get(iin) as VoterRow | undefined;
}

export function voterCount(db: Db): number {
  return (cachedStatement(db, 'SELECT count(*) AS n FROM voters').get() as { n: number }).n;
}

/** The voter as screens show it, with the marks that decide what may be done next. */
export function summarise(db: Db, row: VoterRow): VoterSummary {
  const marks = cachedStatement(
    db,
    `SELECT
       EXISTS (SELECT 1 FROM absentee_certificates WHERE iin = @iin) AS absentee,
       EXISTS (SELECT 1 FROM home_voting_marks WHERE iin = @iin) AS home_voting,
       EXISTS (SELECT 1 FROM ballots WHERE iin = @iin AND undone_at IS NULL) AS ballot,
       EXISTS (SELECT 1 FROM voter_removals WHERE iin = @iin AND status = 'pending') AS pending`,
  ).get({ iin: row.iin }) as {
    absentee: number;
    home_voting: number;
    ballot: number;
    pending: number;
  };
  return {
    iin: row.iin,
    lastName: row.last_name,
    firstName: row.first_name,
    patronymic: row.patronymic,
    birthDate: row.birth_date,
    address: row.address,
    status: row.status,
    absentee: marks.absentee === 1,
    homeVoting: marks.home_voting === 1,
    ballotIssued: marks.ballot === 1,
    removalPending: marks.pending === 1,
  };
}

/** Encodes a voter as one line of an import's row attachment. */
export function encodeVoterLine(data: VoterData): string {
  return JSON.stringify([
    data.iin,
    data.last_name,
    data.first_name,
    data.patronymic,
    data.birth_date,
    data.address,
    data.precinct,
  ]);
}

export function decodeVoterLine(line: string): VoterData {
  const [iin, last, first, patronymic, birth, address, precinct] = JSON.parse(line) as [
    string,
    string,
    string,
    string | null,
    string,
    string,
    number | null,
  ];
  return {
    iin,
    last_name: last,
    first_name: first,
    patronymic,
    birth_date: birth,
    address,
    precinct,
  };
}
