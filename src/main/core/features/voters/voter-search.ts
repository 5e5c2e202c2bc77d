import { foldName, foldText } from '@shared/voters/fold';
import { matchToken, toleranceFor } from '@shared/voters/token-match';
import type { VoterSearchResult } from '@shared/voters/voter-api';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { normaliseBirthDate } from './row-checks';
import { summarise, type VoterRow } from './voter-store';

/** Most candidate rows a query ranks; beyond this the result says it was cut short. */
const MAX_COUNTED = 10_000;
const NAME_COLUMNS = ['last_key', 'first_key', 'patronymic_key'] as const;

interface NameTerm {
  kind: 'name';
  token: string;
  exact: string[];
  near: string[];
}
type Term =
  | { kind: 'iin'; digits: string }
  /** Four or five digits: the first digits of an IIN, or a number in an address. */
  | { kind: 'digits'; digits: string }
  | { kind: 'date'; date: string }
  | NameTerm
  | { kind: 'address'; fragment: string };

/**
 * Where the candidates come from: the whole table (`from` null), or a subquery reading the
 * name index alone, which holds every column the ranking reads (`CANDIDATE_COLUMNS`).
 */
interface Driving {
  from: string | null;
  params: unknown[];
}

/**
 * The columns a candidate is filtered and ranked by, all held by the `voters_name` index: a
 * namesake query ranks hundreds of candidates from a few index pages, and reads the table for
 * the page of voters shown only. (On an encrypted store every page read is decrypted and
 * authenticated: reading each candidate's row cost several times the query.)
 */
const CANDIDATE_COLUMNS = 'id, iin, last_key, first_key, patronymic_key';
/** A candidate's address, read from the table only when a condition needs it. */
const CANDIDATE_ADDRESS = '(SELECT address FROM voters WHERE voters.id = c.id)';

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The distinct folded name keys of the list, kept in memory to match tolerant queries
 * against (a precinct's few thousand names, a central list's tens of thousands) and
 * dropped whenever the list changes.
 */
class NameVocabulary {
  private keys: string[] | null = null;

  constructor(private readonly db: Db) {}

  invalidate(): void {
    this.keys = null;
  }

  /** Keys whose words match the folded query token: exactly or by prefix, and tolerantly. */
  match(token: string): { exact: string[]; near: string[] } {
    const exact: string[] = [];
    const near: string[] = [];
    const tolerance = toleranceFor(token.length);
    for (const key of this.all()) {
      let exactHit = false;
      let nearHit = false;
      for (const word of key.split(' ')) {
        // A word shorter than the token by more than the tolerance cannot match at all.
        if (word.length + tolerance < token.length) continue;
        const kind = matchToken(token, word);
        if (kind === 'exact') {
          exactHit = true;
          break;
        }
        if (kind !== null) nearHit = true;
      }
      if (exactHit) exact.push(key);
      else if (nearHit) near.push(key);
    }
    return { exact, near };
  }

  private all(): string[] {
    if (!this.keys) {
      const keys = new Set<string>();
      for (const column of NAME_COLUMNS) {
        for (const row of this.db
          .prepare<[], { k: string }>(`SELECT DISTINCT ${column} AS k FROM voters`)
          .iterate()) {
          if (row.k !== '') keys.add(row.k);
        }
      }
      this.keys = [...keys];
    }
    return this.keys;
  }
}

/** One search box over the list: IIN digits, names in any script and order, a birth date, an address. */
export class VoterSearch {
  private readonly vocabulary: NameVocabulary;

  constructor(private readonly db: Db) {
    this.vocabulary = new NameVocabulary(db);
    // Addresses are folded when searched, not stored folded: an address fragment only filters
    // candidates found by name, IIN or birth date, or scans a precinct-sized list.
    db.function('fold_text', { deterministic: true }, (text) => foldText(String(text)));
  }

  /** The list changed: tolerant matching must see the new names. */
  invalidate(): void {
    this.vocabulary.invalidate();
  }

  search(query: string, limit: number): VoterSearchResult {
    const terms = this.terms(query);
    if (terms.length === 0) return this.browse(limit);
    for (const driving of this.drivingClauses(terms)) {
      const result = this.run(driving, terms, limit);
      if (result.total > 0) return result;
    }
    return { voters: [], total: 0, totalCapped: false, truncated: false };
  }

  private run(driving: Driving, terms: Term[], limit: number): VoterSearchResult {
    const { where, params, score, scoreParams } = conditions(
      terms,
      driving.from === null ? 'address' : CANDIDATE_ADDRESS,
    );
    const source = driving.from === null ? 'voters AS c' : `(${driving.from}) AS c`;
    const order = score.length > 0 ? `(${score.join(' + ')}) DESC, ` : '';
    const condition = where.join(' AND ');
    const ranked = this.db
      .prepare<unknown[], { id: number }>(
        `SELECT id FROM ${source} WHERE ${condition}
         ORDER BY ${order}last_key, first_key, patronymic_key, iin LIMIT ?`,
      )
      .all(...driving.params, ...params, ...scoreParams, limit)
      .map((row) => row.id);
    const byId = new Map(
      this.db
        .prepare<unknown[], VoterRow & { id: number }>(
          `SELECT * FROM voters WHERE id IN (${marks(ranked)})`,
        )
        .all(...ranked)
        .map((row) => [row.id, row]),
    );
    const rows = ranked.map((id) => byId.get(id) as VoterRow);
    const total =
      rows.length < limit
        ? rows.length
        : (
            this.db
              .prepare<unknown[], { n: number }>(
                `SELECT count(*) AS n FROM (SELECT 1 FROM ${source} WHERE ${condition} LIMIT ${MAX_COUNTED})`,
              )
              .get(...driving.params, ...params) as { n: number }
          ).n;
    return {
      voters: rows.map((row) => summarise(this.db, row)),
      total,
      totalCapped: total >= MAX_COUNTED,
      truncated: total > rows.length,
    };
  }

  /** The whole list in alphabetical order (an empty query). */
  private browse(limit: number): VoterSearchResult {
    const rows = cachedStatement(
      this.db,
      'SELECT * FROM voters ORDER BY last_key, first_key, patronymic_key, iin LIMIT ?',
    ).all(limit) as VoterRow[];
    const total = (
      cachedStatement(this.db, 'SELECT count(*) AS n FROM voters').get() as {
        n: number;
      }
    ).n;
    return {
      voters: rows.map((row) => summarise(this.db, row)),
      total,
      totalCapped: false,
      truncated: total > rows.length,
    };
  }

  /**
   * Indexed conditions that find candidates first, tried in order until one finds someone:
   * an IIN prefix or a birth date (the filters use their indexes); else any two name words as
   * surname and given name, in either order (the usual query, two index lookups); else one name
   * word as a surname or a given name; else every row (a patronymic or an address alone).
   */
  private drivingClauses(terms: Term[]): Driving[] {
    const everything: Driving = { from: null, params: [] };
    if (terms.some((t) => t.kind === 'iin' || t.kind === 'date')) return [everything];
    const names = terms
      .filter((t): t is NameTerm => t.kind === 'name')
      .map((t) => [...t.exact, ...t.near])
      .sort((a, b) => a.length - b.length);
    const clauses: Driving[] = [];
    if (names.length >= 2) {
      // Named index: without statistics the planner may prefer the given-name index, which
      // reads every namesake of a common given name instead of the few surname-and-name pairs.
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const [i, a] of names.entries()) {
        for (const [j, b] of names.entries()) {
          if (i === j) continue;
          parts.push(
            `SELECT ${CANDIDATE_COLUMNS} FROM voters INDEXED BY voters_name WHERE last_key IN (${marks(a)}) AND first_key IN (${marks(b)})`,
          );
          params.push(...a, ...b);
        }
      }
      clauses.push({ from: parts.join(' UNION '), params });
    }
    const fewest = names[0];
    if (fewest) {
      clauses.push({
        from: `SELECT ${CANDIDATE_COLUMNS} FROM voters INDEXED BY voters_name WHERE last_key IN (${marks(fewest)}) UNION SELECT ${CANDIDATE_COLUMNS} FROM voters WHERE first_key IN (${marks(fewest)})`,
        params: [...fewest, ...fewest],
      });
    }
    clauses.push(everything);
    return clauses;
  }

  private terms(query: string): Term[] {
    const terms: Term[] = [];
    for (const raw of query.split(/[\s,]+/u)) {
      if (raw === '') continue;
      if (/^\d{6,12}$/.test(raw)) {
        terms.push({ kind: 'iin', digits: raw });
        continue;
      }
      if (/^\d{4,5}$/.test(raw)) {
        terms.push({ kind: 'digits', digits: raw });
        continue;
      }
      if (/^\d{1,2}\.\d{1,2}\.\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(raw)) {
        const date = normaliseBirthDate(raw);
        if (date) {
          terms.push({ kind: 'date', date });
          continue;
        }
      }
      if (/^\p{N}+$/u.test(raw)) {
        terms.push({ kind: 'address', fragment: raw });
        continue;
      }
      for (const token of foldName(raw).split(' ')) {
        if (token === '') continue;
        const { exact, near } = this.vocabulary.match(token);
        if (exact.length + near.length === 0) terms.push({ kind: 'address', fragment: token });
        else terms.push({ kind: 'name', token, exact, near });
      }
    }
    return terms;
  }
}

/** The smallest text greater than every text starting with `prefix` (digits only). */
function upperBound(prefix: string): string {
  return `${prefix}\uffff`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Every term's condition on a candidate (`address`: how a candidate's address is read), and
 * its share of the rank.
 */
function conditions(terms: Term[], address: string) {
  const where: string[] = [];
  const params: unknown[] = [];
  const score: string[] = [];
  const scoreParams: unknown[] = [];
  const folded = `fold_text(${address}) LIKE ? ESCAPE '\\'`;
  for (const term of terms) {
    switch (term.kind) {
      case 'iin':
        where.push('iin >= ? AND iin < ?');
        params.push(term.digits, upperBound(term.digits));
        break;
      case 'digits':
        where.push(`((iin >= ? AND iin < ?) OR ${folded})`);
        params.push(term.digits, upperBound(term.digits), `%${escapeLike(term.digits)}%`);
        // Voters whose IIN starts with the digits come before addresses holding them.
        score.push('(CASE WHEN iin >= ? AND iin < ? THEN 7 ELSE 0 END)');
        scoreParams.push(term.digits, upperBound(term.digits));
        break;
      case 'date':
        where.push('birth_date = ?');
        params.push(term.date);
        break;
      case 'address':
        where.push(folded);
        params.push(`%${escapeLike(term.fragment)}%`);
        break;
      case 'name': {
        const keys = [...term.exact, ...term.near];
        // A word that names nobody may still be part of an address ("Абая 15").
        where.push(
          `(${NAME_COLUMNS.map((c) => `${c} IN (${marks(keys)})`).join(' OR ')} OR ${folded})`,
        );
        for (let i = 0; i < NAME_COLUMNS.length; i++) params.push(...keys);
        params.push(`%${escapeLike(term.token)}%`);
        if (term.exact.length > 0) {
          const exact = marks(term.exact);
          // Surname matches rank first, then given name, then patronymic; exact before near.
          score.push(
            `(CASE WHEN last_key IN (${exact}) THEN 6 WHEN first_key IN (${exact}) THEN 5 WHEN patronymic_key IN (${exact}) THEN 4 ELSE 0 END)`,
          );
          for (let i = 0; i < 3; i++) scoreParams.push(...term.exact);
        }
      }
    }
  }
  return { where, params, score, scoreParams };
}
