import { foldName } from '../../../shared/voters/fold';
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
  status: VoterStatus;
  source: string;
}

/** The search keys of a voter, derived from the names. */
export function voterKeys(data: VoterData) {
  return {
    last_key: foldName(data.last_name),
    first_key: foldName(data.first_name),
    patronymic_key: foldName(data.patronymic ?? ''),
  };
}

/** The folded full name ("last first patronymic") of a voter's keys. */
export function nameKeyOf(keys: ReturnType<typeof voterKeys>): string {
  return [keys.last_key, keys.first_key, keys.patronymic_key].filter((k) => k !== '').join(' ');
}

const INSERT_SQL = `INSERT INTO voters (iin, last_name, first_name, patronymic, birth_date, address,
  precinct, last_key, first_key, patronymic_key, status, source)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'listed', ?)`;

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
    source,
  );
}

/**
 * An insert for the rows of one import, compiled once: the import's id is part of the
 * statement (it is a UUID this app made, checked below), so each row binds one value fewer.
 */
export function voterInserter(
  db: Db,
  source: string,
): (data: VoterData, keys: ReturnType<typeof voterKeys>) => void {
  if (!/^[0-9a-f-]{36}$/.test(source)) throw new Error(`Not an import id: ${source}`);
  const statement = db.prepare(INSERT_SQL.replace(`'listed', ?)`, `'listed', '${source}')`));
  return (data, keys) => {
    statement.run(
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
    );
  };
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

/**
 * An import's row attachment holds one voter per line, fields separated by tabs in the column
 * order of the files (no patronymic and no precinct are empty fields). The rare tab, line
 * break or backslash inside a field is escaped as \t, \n, \r or \\.
 */
const NEEDS_ESCAPE = /[\t\n\r\\]/;
const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };
const UNESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '\\': '\\' };

function escapeField(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\t\n\r\\]/g, (c) => ESCAPES[c] ?? c) : text;
}

function unescapeField(text: string): string {
  return text.includes('\\')
    ? text.replace(/\\([tnr\\])/g, (_, c: string) => UNESCAPES[c] ?? c)
    : text;
}

/** Encodes a voter as one line (without its line break) of an import's row attachment. */
export function encodeVoterLine(data: VoterData): string {
  return `${escapeField(data.iin)}\t${escapeField(data.last_name)}\t${escapeField(data.first_name)}\t${escapeField(data.patronymic ?? '')}\t${escapeField(data.birth_date)}\t${escapeField(data.address)}\t${data.precinct ?? ''}`;
}

export function decodeVoterLine(line: string): VoterData {
  const [iin, last, first, patronymic, birth, address, precinct] = line.split('\t') as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    iin: unescapeField(iin),
    last_name: unescapeField(last),
    first_name: unescapeField(first),
    patronymic: patronymic === '' ? null : unescapeField(patronymic),
    birth_date: unescapeField(birth),
    address: unescapeField(address),
    precinct: precinct === '' ? null : Number(precinct),
  };
}
