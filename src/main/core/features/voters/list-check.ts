/**
 * One pass over a voter list file: read, check every row, collect the issues, hand on the valid
 * rows. Used by a check, an import (inline or in the check worker) and the command line.
 */
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { DomainError } from '@shared/result';
import {
  ListFileError,
  readVoterList,
  type ListFileInfo,
  type ListSource,
  type SourceRow,
} from './list-file';
import type { ListIssueCode } from '@shared/voters/voter-api';
import type { CheckedVoter, ListLookup, RowChecker, RowIssue } from './row-checks';
import { nameKeyOf, voterCount, type voterKeys } from './voter-store';

/**
 * Issues kept in memory, with their rows' cells, by one check: the first ones. Every issue is
 * counted (by code, errors and warnings), and every rejected row is named in the import's
 * event; past this many, a file of a million duplicates would otherwise hold a million issue
 * objects (the check worker's capped heap ran out).
 */
export const ISSUES_KEPT = 5_000;

/** What one pass over a file found. */
export interface CheckOutcome {
  info: ListFileInfo;
  rows: number;
  valid: number;
  /** The first errors and warnings (at most about ISSUES_KEPT together), in file order. */
  errors: RowIssue[];
  warnings: RowIssue[];
  /** All of them, counted. */
  errorCount: number;
  warningCount: number;
  countsByCode: Partial<Record<ListIssueCode, number>>;
  /** Every row with an error, ascending. */
  rejectedRows: number[];
  skippedChecks: ListIssueCode[];
  /** Cells of the rows whose issues are kept, by row number. */
  cells: Map<number, SourceRow['fields']>;
}

/** Gathers one check's issues within ISSUES_KEPT, counting every one. */
export class IssueCollector {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly cells = new Map<number, SourceRow['fields']>();
  readonly countsByCode: Partial<Record<ListIssueCode, number>> = {};
  readonly rejectedRows: number[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly limit = ISSUES_KEPT) {}

  /** One row's issues (nothing when it has none). */
  add(row: number, fields: SourceRow['fields'], errors: RowIssue[], warnings: RowIssue[]): void {
    if (errors.length === 0 && warnings.length === 0) return;
    if (errors.length > 0 && this.rejectedRows.at(-1) !== row) this.rejectedRows.push(row);
    const keep = this.errors.length + this.warnings.length < this.limit;
    for (const issue of [...errors, ...warnings]) {
      this.countsByCode[issue.code] = (this.countsByCode[issue.code] ?? 0) + 1;
    }
    this.errorCount += errors.length;
    this.warningCount += warnings.length;
    if (!keep) return;
    this.cells.set(row, detached(fields));
    for (const issue of errors) this.errors.push(detached(issue));
    for (const issue of warnings) this.warnings.push(detached(issue));
  }

  /** The issues' part of an outcome. */
  gathered(): Pick<
    CheckOutcome,
    | 'errors'
    | 'warnings'
    | 'errorCount'
    | 'warningCount'
    | 'countsByCode'
    | 'rejectedRows'
    | 'cells'
  > {
    return {
      errors: this.errors,
      warnings: this.warnings,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
      countsByCode: this.countsByCode,
      rejectedRows: this.rejectedRows,
      cells: this.cells,
    };
  }
}

/**
 * A deep copy with fresh strings. Parsed cells are slices of the text chunk they came from, and
 * a slice kept alive keeps its whole chunk alive: the issues of a few rows spread over a big
 * file would otherwise hold the entire file in memory.
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Turns a file-level refusal into the error the API and the CLI report. */
export function listFileDomainError(error: ListFileError): DomainError {
  return new DomainError(`list_${error.code}`, error.message, {
    reason: error.code,
    ...(error.details?.columns ? { columns: error.details.columns.join(', ') } : {}),
    ...(error.details?.limit ? { limit: error.details.limit } : {}),
  });
}

/** The list as it stood before the rows of `excludeSource` (an import under way) were written. */
export function listLookup(db: Db, excludeSource: string): ListLookup {
  // IS NOT: before the import's first row its source has no number, and nothing is excluded.
  const byIin = cachedStatement(
    db,
    'SELECT 1 FROM voters WHERE iin = ? AND source IS NOT (SELECT id FROM voter_sources WHERE name = ?)',
  );
  // A birth date narrows a list to a few dozen voters, whose full names are compared here.
  const byBirth = cachedStatement(
    db,
    `SELECT iin, last_key, first_key, patronymic_key FROM voters
     WHERE birth_date = ? AND source IS NOT (SELECT id FROM voter_sources WHERE name = ?)`,
  );
  return {
    hasIin: (iin) => byIin.get(iin, excludeSource) !== undefined,
    findByNameAndBirth: (nameKey, birthDate) => {
      const rows = byBirth.all(birthDate, excludeSource) as (ReturnType<typeof voterKeys> & {
        iin: string;
      })[];
      return rows.find((row) => nameKeyOf(row) === nameKey)?.iin ?? null;
    },
  };
}

/** Lookups against a database's list, or null when its list is empty (nothing to look up). */
export function listLookupOf(db: Db): ListLookup | null {
  return voterCount(db) === 0 ? null : listLookup(db, '');
}

/** Bytes read before a text file's row count is estimated (see RowChecker.expectRows). */
const SIZING_SAMPLE_BYTES = 4 * 1024 * 1024;

/**
 * Reads and checks a list file. `onValid` receives every row without errors, in file order;
 * without it nothing is written anywhere. A file that cannot be used is refused before any row.
 */
export async function checkListFile(
  source: ListSource,
  checker: RowChecker,
  onValid?: (voter: CheckedVoter) => void,
  /** Awaited after each batch of rows (a worker hands its rows on and waits for room). */
  afterBatch?: () => Promise<void>,
  /** False when the caller hashes the file itself: `info.sha256` is then ''. */
  hashed = true,
): Promise<CheckOutcome> {
  let rows = 0;
  let valid = 0;
  let sized = false;
  const issues = new IssueCollector();
  let info: ListFileInfo;
  try {
    info = await readVoterList(
      source,
      (batch) => {
        for (const row of batch) {
          rows++;
          const checked = checker.check(row);
          issues.add(row.row, row.fields, checked.errors, checked.warnings);
          if (checked.voter) {
            valid++;
            onValid?.(checked.voter);
          }
        }
        return afterBatch?.();
      },
      hashed,
      (read, total) => {
        // Once a few MiB are read, the duplicate tables are sized for the whole file from the
        // rows per byte so far: growing them later would hold the old and the new together.
        if (sized || read < SIZING_SAMPLE_BYTES || read >= total) return;
        sized = true;
        checker.expectRows(Math.floor((rows * total) / read));
      },
    );
  } catch (error) {
    if (error instanceof ListFileError) throw listFileDomainError(error);
    throw error;
  }
  return { info, rows, valid, ...issues.gathered(), skippedChecks: [...checker.skippedChecks] };
}
