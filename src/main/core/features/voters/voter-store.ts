import { foldName } from '@shared/voters/fold';
import type { VoterStatus, VoterSummary } from '@shared/voters/voter-api';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

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
  /** voter_sources.id of the import that brought the row, or of 'added'. */
  source: number;
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

/**
 * The number rows use for a source: an import's id, or 'added' for voters added by corrections.
 * Numbers are given in the order sources first appear, which a rebuild repeats.
 */
export function sourceId(db: Db, name: string): number {
  cachedStatement(db, 'INSERT INTO voter_sources (name) VALUES (?) ON CONFLICT DO NOTHING').run(
    name,
  );
  return (
    cachedStatement(db, 'SELECT id FROM voter_sources WHERE name = ?').get(name) as { id: number }
  ).id;
}

const INSERT_SQL = `INSERT INTO voters (iin, last_name, first_name, patronymic, birth_date, address,
  precinct, last_key, first_key, patronymic_key, status, source)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'listed', ?)`;

/** A voter's columns after the IIN, in the order INSERT_SQL and UPDATE_SQL name them. */
const voterColumns = (data: VoterData, keys: ReturnType<typeof voterKeys>) => [
  data.last_name,
  data.first_name,
  data.patronymic,
  data.birth_date,
  data.address,
  data.precinct,
  keys.last_key,
  keys.first_key,
  keys.patronymic_key,
];

const UPDATE_SQL = `UPDATE voters SET last_name = ?, first_name = ?, patronymic = ?, birth_date = ?,
  address = ?, precinct = ?, last_key = ?, first_key = ?, patronymic_key = ? WHERE iin = ?`;

/** Adds one voter to the list (keys computed here unless the caller has them already). */
export function insertVoter(
  db: Db,
  data: VoterData,
  source: string,
  keys: ReturnType<typeof voterKeys> = voterKeys(data),
): void {
  cachedStatement(db, INSERT_SQL).run(data.iin, ...voterColumns(data, keys), sourceId(db, source));
}

/** Writes a voter's data (and the search keys made from it) over the row with that IIN. */
export function rewriteVoter(db: Db, data: VoterData): void {
  cachedStatement(db, UPDATE_SQL).run(...voterColumns(data, voterKeys(data)), data.iin);
}

/**
 * A valid row as an import hands it from the check to the writer (`RowBatch`): its seven data
 * fields in the column order of the files (an absent patronymic or precinct is ''), and apart
 * from them its three search keys. A batch travels as two texts, every field followed by FIELD_END; the data
 * text is also the import's row attachment. A list's text never holds NUL: a CSV file with NUL
 * bytes is refused as binary, and the XML of a workbook cannot carry the character.
 */
export const DATA_FIELDS = 7;
export const KEY_FIELDS = 3;
export const FIELD_END = '\0';

/** The search keys of rows given as data fields (a rebuild from the row attachment). */
export function keysOfRowData(fields: readonly string[]): string[] {
  const keys: string[] = [];
  for (let at = 0; at < fields.length; at += DATA_FIELDS) {
    keys.push(
      foldName(fields[at + 1] as string),
      foldName(fields[at + 2] as string),
      foldName(fields[at + 3] as string),
    );
  }
  return keys;
}

/** The text of a batch's fields: every field followed by FIELD_END. */
export function fieldsText(fields: readonly string[]): string {
  return fields.length === 0 ? '' : `${fields.join(FIELD_END)}${FIELD_END}`;
}

/** The fields of `fieldsText`, checking that there are `count` of them. */
export function splitFieldsText(text: string, count: number): string[] {
  const fields = text.split(FIELD_END);
  // The text ends with FIELD_END: the split leaves one empty string after it.
  if (fields.pop() !== '' || fields.length !== count) {
    throw new Error(`A batch of voter rows came with ${fields.length} fields, not ${count}`);
  }
  return fields;
}

/** Rows per INSERT statement of an import: one call binds many rows, which is the cost. */
const ROWS_PER_STATEMENT = 50;
const ROW_PARAMS = DATA_FIELDS + KEY_FIELDS;

/**
 * The inserts of one import, compiled once: one row, and ROWS_PER_STATEMENT rows in one
 * statement. The source's number is part of the statement text, so no row binds it. Takes the
 * rows' data and key fields; returns the rows added.
 */
export function voterBatchInserter(
  db: Db,
  source: string,
): (data: readonly string[], keys: readonly string[]) => number {
  const values = `(?, ?, ?, NULLIF(?, ''), ?, ?, CAST(NULLIF(?, '') AS INTEGER), ?, ?, ?, 'listed', ${sourceId(db, source)})`;
  const insert = (rows: number) =>
    db.prepare(
      `INSERT INTO voters (iin, last_name, first_name, patronymic, birth_date, address, precinct,
         last_key, first_key, patronymic_key, status, source)
       VALUES ${Array.from({ length: rows }, () => values).join(', ')}`,
    );
  const one = insert(1);
  const many = insert(ROWS_PER_STATEMENT);
  const params: string[] = new Array<string>(ROWS_PER_STATEMENT * ROW_PARAMS);
  return (data, keys) => {
    const rows = data.length / DATA_FIELDS;
    if (!Number.isInteger(rows) || keys.length !== rows * KEY_FIELDS) {
      throw new Error('A batch of voter rows is incomplete');
    }
    let row = 0;
    const fill = (count: number) => {
      for (let i = 0; i < count; i++, row++) {
        const p = i * ROW_PARAMS;
        const d = row * DATA_FIELDS;
        const k = row * KEY_FIELDS;
        for (let f = 0; f < DATA_FIELDS; f++) params[p + f] = data[d + f] as string;
        for (let f = 0; f < KEY_FIELDS; f++) params[p + DATA_FIELDS + f] = keys[k + f] as string;
      }
    };
    while (rows - row >= ROWS_PER_STATEMENT) {
      fill(ROWS_PER_STATEMENT);
      many.run(params);
    }
    while (row < rows) {
      fill(1);
      one.run(params.slice(0, ROW_PARAMS));
    }
    return rows;
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
