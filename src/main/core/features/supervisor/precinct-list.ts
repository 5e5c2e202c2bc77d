import type { PrecinctSummary } from '@shared/supervisor/supervisor-contract';
import type { PrecinctPage, PrecinctSort } from '@shared/supervisor/precinct-list-contract';
import { PRECINCT_PAGE_MAX, PRECINCT_SEARCH_MAX } from '@shared/supervisor/precinct-list-contract';
import { DomainError } from '@shared/result';
import { foldText } from '@shared/voters/fold';
import { NAME_ORDER } from '@shared/name-order';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { SUMMARY_SQL, turnout } from './supervisor-views';

/**
 * The dashboard's precincts table, one page at a time: the region and the search filter in
 * SQL, the order and the page cut there too, and only the page's rows read in full (their
 * devices, alarms and turnout). A national store's 10,459 precincts never cross to the screen
 * at once (docs/central-store.md, "The precincts table").
 */

export interface PrecinctQuery {
  region?: string | undefined;
  search?: string | undefined;
  sort: PrecinctSort;
  descending: boolean;
  limit: number;
  offset: number;
}

/** A list's voters: the package's rows and the voters added at the precinct since. */
const VOTERS = `(p.voters + (SELECT count(*) FROM list_iins l
  WHERE l.precinct_id = p.precinct_id AND l.source = 'added'))`;

/** The columns ordered alphabetically, in code (pageByNames): names, and region then district. */
type NamedSort = 'name' | 'region';
const isNamedSort = (sort: PrecinctSort): sort is NamedSort => sort === 'name' || sort === 'region';

/** What each other sortable column orders by in SQL; ties go by number, then id. */
const ORDER_BY: Record<Exclude<PrecinctSort, NamedSort>, readonly string[]> = {
  number: ['p.number'],
  lastSync: ['c.last_sync_at'],
  voters: [VOTERS],
  ballots: ['c.ballots'],
  turnout: [`CASE WHEN ${VOTERS} > 0 THEN c.ballots * 1.0 / ${VOTERS} END`],
  openAlarms: ['coalesce(oa.n, 0)'],
};

/** Open alarms per precinct, one pass over the open alarms (only joined to sort by them). */
const OPEN_ALARMS = `LEFT JOIN (SELECT j.value AS precinct_id, count(*) AS n
  FROM alarms a, json_each(a.precinct_ids) j WHERE a.decided_at IS NULL GROUP BY j.value) oa
  USING (precinct_id)`;

const FILTER = `(@region IS NULL OR p.region = @region)
  AND (@search IS NULL OR p.number IS @number
    OR (@folded IS NOT NULL AND instr(fold_name(p.name), @folded) > 0))`;

/** `№ 412`, `#412` or `412`: a precinct's number. */
const NUMBER = /^(?:№|#|no\.?)?\s*(\d{1,9})$/iu;

const folding = new WeakSet<Db>();
/** Folded names, remembered: a search folds every precinct's name, the same ones each time. */
const foldedNames = new Map<string, string>();
const FOLDED_NAMES_LIMIT = 50_000;

function foldedName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= FOLDED_NAMES_LIMIT) foldedNames.clear();
    folded = foldText(name);
    foldedNames.set(name, folded);
  }
  return folded;
}

/** Names are matched folded (case, Kazakh and Russian letters, Latin spellings), as voters are. */
export function withFolding(db: Db): Db {
  if (!folding.has(db)) {
    db.function('fold_name', { deterministic: true }, (text) => foldedName(String(text)));
    folding.add(db);
  }
  return db;
}

/** The bound values of a search: the raw text, a number it names, and its folded text. */
export function searchTerms(search: string | undefined) {
  if (search !== undefined && search.length > PRECINCT_SEARCH_MAX) {
    throw new DomainError('precinct_query_invalid', 'The search text is too long', {
      max: PRECINCT_SEARCH_MAX,
    });
  }
  const text = search?.trim() ?? '';
  if (text === '') return { search: null, number: null, folded: null };
  const number = NUMBER.exec(text)?.[1];
  const folded = foldText(text);
  return {
    search: text,
    number: number === undefined ? null : Number(number),
    folded: folded === '' ? null : folded,
  };
}

/**
 * The same search in code, for lists read whole (the results): whether a precinct matches,
 * and whether it is the one whose number was searched for.
 */
export function precinctMatcher(search: string | undefined): {
  (p: { number: number; name: string }): boolean;
  byNumber: (p: { number: number }) => boolean;
} {
  const terms = searchTerms(search);
  const byNumber = (p: { number: number }) => terms.number !== null && p.number === terms.number;
  const matches = (p: { number: number; name: string }) =>
    terms.search === null ||
    byNumber(p) ||
    (terms.folded !== null && foldedName(p.name).includes(terms.folded));
  return Object.assign(matches, { byNumber });
}

function checkQuery(query: PrecinctQuery): void {
  if (!Object.hasOwn(ORDER_BY, query.sort) && !isNamedSort(query.sort)) {
    throw new DomainError('precinct_query_invalid', 'No such column to sort by', {
      field: 'sort',
    });
  }
  checkPage(query);
}

/** A page holds 1 to PRECINCT_PAGE_MAX rows, from a whole row number on. */
export function checkPage({ limit, offset }: { limit: number; offset: number }): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > PRECINCT_PAGE_MAX) {
    throw new DomainError('precinct_query_invalid', 'A page holds 1 to 100 rows', {
      field: 'limit',
      max: PRECINCT_PAGE_MAX,
    });
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new DomainError('precinct_query_invalid', 'A page starts at row 0 or later', {
      field: 'offset',
    });
  }
}

type SearchParams = { region: string | null } & ReturnType<typeof searchTerms>;

/** The page's ids, ordered and cut in SQL. */
function pageBySql(
  db: Db,
  query: PrecinctQuery & { sort: keyof typeof ORDER_BY },
  params: SearchParams,
): string[] {
  const direction = query.descending ? 'DESC' : 'ASC';
  const order = ORDER_BY[query.sort].map((term) => `${term} ${direction}`).join(', ');
  return (
    cachedStatement(
      db,
      `SELECT p.precinct_id AS id FROM precincts p JOIN precinct_counts c USING (precinct_id)
       ${query.sort === 'openAlarms' ? OPEN_ALARMS : ''}
       WHERE ${FILTER}
       ORDER BY ${params.number === null ? '' : '(p.number IS @number) DESC, '}${order},
         p.number, p.precinct_id
       LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.limit, offset: query.offset }) as { id: string }[]
  ).map((row) => row.id);
}

interface NamedRow {
  id: string;
  number: number;
  name: string;
  region: string;
  district: string;
}

/**
 * The page's ids in alphabetical order: the matching precincts' names read (10,459 at most),
 * ordered by the collation, then cut; ties by number, then id, as in SQL.
 */
function pageByNames(db: Db, query: PrecinctQuery, params: SearchParams): string[] {
  const rows = cachedStatement(
    db,
    `SELECT p.precinct_id AS id, p.number, p.name, p.region, p.district
     FROM precincts p JOIN precinct_counts c USING (precinct_id) WHERE ${FILTER}`,
  ).all(params) as NamedRow[];
  const sign = query.descending ? -1 : 1;
  const byNames =
    query.sort === 'name'
      ? (a: NamedRow, b: NamedRow) => NAME_ORDER.compare(a.name, b.name)
      : (a: NamedRow, b: NamedRow) =>
          NAME_ORDER.compare(a.region, b.region) || NAME_ORDER.compare(a.district, b.district);
  const numbered = (row: NamedRow) => (row.number === params.number ? 1 : 0);
  rows.sort(
    (a, b) =>
      numbered(b) - numbered(a) ||
      sign * byNames(a, b) ||
      a.number - b.number ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return rows.slice(query.offset, query.offset + query.limit).map((row) => row.id);
}

/** One page of the precincts that match, with the total over all pages. */
export function precinctPage(db: Db, query: PrecinctQuery): PrecinctPage {
  checkQuery(query);
  withFolding(db);
  const params = {
    region: query.region === undefined || query.region === '' ? null : query.region,
    ...searchTerms(query.search),
  };
  const total = (
    cachedStatement(db, `SELECT count(*) AS n FROM precincts p WHERE ${FILTER}`).get(params) as {
      n: number;
    }
  ).n;
  const { sort } = query;
  const ids = isNamedSort(sort)
    ? pageByNames(db, query, params)
    : pageBySql(db, { ...query, sort }, params);
  if (ids.length === 0) return { total, precincts: [], turnout: [] };
  const list = JSON.stringify(ids);
  const byId = new Map(
    (
      cachedStatement(
        db,
        `${SUMMARY_SQL} WHERE p.precinct_id IN (SELECT value FROM json_each(?))`,
      ).all(list) as PrecinctSummary[]
    ).map((summary) => [summary.precinctId, summary]),
  );
  return {
    total,
    precincts: ids.flatMap((id) => byId.get(id) ?? []),
    turnout: turnout(db, 'WHERE t.precinct_id IN (SELECT value FROM json_each(?))', [list]),
  };
}
