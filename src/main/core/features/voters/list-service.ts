import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import {
  LIST_ERROR_CODES,
  type ListIssue,
  type ListIssueCode,
  type ListIssuePage,
  type ListReport,
  type VoterField,
} from '@shared/voters/voter-api';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { markListApplied } from './applied-lists';
import { AttachmentWriter } from './attachments';
import { checkListFile, IssueCollector, listLookupOf, type CheckOutcome } from './list-check';
import { checkForImport } from './list-check-pipeline';
import {
  LIST_READER_VERSION,
  type ListFileInfo,
  type ListSource,
  type SourceRow,
} from './list-file';
import { RowChecker } from './row-checks';
import { BULK_CACHE_KIB, VOTER_INDEX_NAMES, VOTER_INDEXES } from './voter-tables';
import { voterBatchInserter, voterCount, type VoterData } from './voter-store';

const ERROR_CODE_SET = new Set<string>(LIST_ERROR_CODES);

interface ReportRow {
  report_id: string;
  kind: 'file' | 'list';
  file_name: string | null;
  file_path: string | null;
  sha256: string | null;
  format: 'csv' | 'xlsx' | null;
  encoding: 'utf-8' | 'windows-1251' | null;
  delimiter: ',' | ';' | null;
  voting_day: string | null;
  rows: number;
  valid: number;
  error_count: number;
  warning_count: number;
  counts_json: string;
  skipped_json: string;
  created_at: string;
  imported_at: string | null;
  imported: number | null;
}

function reportFromRow(row: ReportRow): ListReport {
  return {
    reportId: row.report_id,
    kind: row.kind,
    fileName: row.file_name,
    sha256: row.sha256,
    format: row.format,
    encoding: row.encoding,
    delimiter: row.delimiter,
    votingDay: row.voting_day,
    rows: row.rows,
    valid: row.valid,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    countsByCode: JSON.parse(row.counts_json) as ListReport['countsByCode'],
    skippedChecks: JSON.parse(row.skipped_json) as ListIssueCode[],
    createdAt: row.created_at,
    importedAt: row.imported_at,
    imported: row.imported,
  };
}

/** Import and check reports of the voter list. */
export class VoterListService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
  ) {}

  /** Checks a file against the list as it stands and keeps the report; writes no voter. */
  async checkFile(path: string, votingDay: string | null): Promise<ListReport> {
    const checker = new RowChecker({ votingDay, list: listLookupOf(this.db) });
    const outcome = await checkListFile({ path }, checker);
    return this.saveReport('file', outcome, { path, votingDay });
  }

  /** Checks the list as it stands: every listed voter through the same row checks. */
  recheckList(votingDay: string | null): ListReport {
    const checker = new RowChecker({ votingDay, list: null });
    const issues = new IssueCollector();
    let rows = 0;
    let valid = 0;
    const all = this.db
      .prepare<[], VoterData>(
        `SELECT iin, last_name, first_name, patronymic, birth_date, address, precinct
         FROM voters WHERE status = 'listed' ORDER BY id`,
      )
      .iterate();
    for (const voter of all) {
      rows++;
      const fields: SourceRow['fields'] = {
        iin: voter.iin,
        last_name: voter.last_name,
        first_name: voter.first_name,
        patronymic: voter.patronymic ?? '',
        birth_date: voter.birth_date,
        address: voter.address,
        precinct: voter.precinct === null ? '' : String(voter.precinct),
      };
      // Numbered as a spreadsheet of the list would be: header on row 1.
      const checked = checker.check({ row: rows + 1, cellCount: 7, headerCount: 7, fields });
      issues.add(rows + 1, fields, checked.errors, checked.warnings);
      if (checked.voter) valid++;
    }
    return this.saveReport(
      'list',
      {
        info: null,
        rows,
        valid,
        ...issues.gathered(),
        skippedChecks: [...checker.skippedChecks],
      },
      { path: null, votingDay },
    );
  }

  /**
   * Imports the valid rows of a file checked before, in one transaction with its event. The
   * file is read and checked again as it is written; if it changed since the report, or the
   * list changed so that the outcome differs, nothing is written. A file whose names may have
   * lost letters is imported only when the commission chose to go on (`acceptLostLetters`).
   */
  async importReport(
    reportId: string,
    actor: string | null,
    acceptLostLetters = false,
  ): Promise<ListReport> {
    const report = this.report(reportId);
    if (report.kind !== 'file' || !report.file_path) {
      throw new DomainError('report_not_found', 'Only a checked file can be imported');
    }
    if (report.imported_at) {
      throw new DomainError('report_imported', 'This file was imported already');
    }
    const lost = (JSON.parse(report.counts_json) as Record<string, number>).lossy_encoding ?? 0;
    if (lost > 0 && !acceptLostLetters) {
      throw new DomainError(
        'lost_letters_unconfirmed',
        'Names in this file may have lost letters; import only on purpose',
        { count: lost },
      );
    }
    const { report: imported } = await this.importFile(
      report.file_path,
      report.voting_day,
      actor,
      'app',
      { reportId, expect: report },
    );
    return imported;
  }

  /**
   * Checks a file and writes its valid rows (the command line's import, and the app's after
   * confirmation). Runs as one transaction: on any failure the list is as it was.
   */
  async importFile(
    /** A file, or a list held in memory (a package's, never written beside the store). */
    file: string | { bytes: Uint8Array; name: string },
    votingDay: string | null,
    actor: string | null,
    source: 'app' | 'cli',
    confirmed?: { reportId: string; expect: ReportRow },
  ): Promise<{ report: ListReport; outcome: CheckOutcome; imported: number }> {
    const importId = confirmed?.reportId ?? randomUUID();
    const path = typeof file === 'string' ? file : null;
    const name = typeof file === 'string' ? basename(file) : file.name;
    const from: ListSource = typeof file === 'string' ? { path: file } : file;
    const db = this.db;
    // Inside a caller's transaction (a package sets the precinct up with its list) the import
    // joins it as a savepoint; alone it is its own transaction.
    const outer = db.inTransaction;
    db.exec(outer ? 'SAVEPOINT list_import' : 'BEGIN IMMEDIATE');
    // The index builds after a bulk load sort with a helper thread (both cores of a laptop).
    db.pragma('threads = 2');
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    try {
      const bulk = voterCount(db) === 0;
      if (bulk) db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
      if (bulk) for (const name of VOTER_INDEX_NAMES) db.exec(`DROP INDEX ${name}`);
      let imported = 0;
      const insert = voterBatchInserter(db, importId);
      const { outcome, digest } = await checkForImport(
        db,
        from,
        votingDay,
        bulk,
        importId,
        new AttachmentWriter(db, importId),
        (data, keys) => {
          imported += insert(data, keys);
        },
      );
      if (bulk) for (const sql of VOTER_INDEXES) db.exec(sql);
      const expect = confirmed?.expect;
      if (
        expect &&
        (expect.sha256 !== outcome.info.sha256 ||
          expect.rows !== outcome.rows ||
          expect.valid !== outcome.valid ||
          expect.error_count !== outcome.errorCount)
      ) {
        throw new DomainError(
          'report_stale',
          'The file or the list changed since the check; check the file again',
        );
      }
      this.log.recordApplied('voters.imported', actor, {
        import_id: importId,
        file_name: name,
        file_sha256: outcome.info.sha256,
        file_bytes: outcome.info.bytes,
        format: outcome.info.format,
        encoding: outcome.info.encoding,
        delimiter: outcome.info.delimiter,
        reader_version: LIST_READER_VERSION,
        voting_day: votingDay,
        rows: outcome.rows,
        valid: outcome.valid,
        imported,
        error_count: outcome.errorCount,
        warning_count: outcome.warningCount,
        rejected_rows: outcome.rejectedRows,
        rows_sha256: digest.sha256,
        source,
      });
      // As the event's projection would on a rebuild: these rows joined the list.
      markListApplied(db, digest.sha256, importId);
      const at = new Date(this.clock.now()).toISOString();
      let report: ListReport;
      if (confirmed) {
        cachedStatement(
          db,
          'UPDATE voter_reports SET imported_at = ?, imported = ? WHERE report_id = ?',
        ).run(at, imported, importId);
        report = this.reportById(importId);
      } else {
        report = this.saveReport('file', outcome, { path, votingDay, name }, importId, {
          at,
          imported,
        });
      }
      db.exec(outer ? 'RELEASE list_import' : 'COMMIT');
      return { report, outcome, imported };
    } catch (error) {
      if (outer) db.exec('ROLLBACK TO list_import; RELEASE list_import');
      else if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      db.pragma(`cache_size = ${cacheSize}`);
    }
  }

  reports(): ListReport[] {
    return this.db
      .prepare<[], ReportRow>('SELECT * FROM voter_reports ORDER BY created_at DESC, rowid DESC')
      .all()
      .map(reportFromRow);
  }

  reportById(reportId: string): ListReport {
    return reportFromRow(this.report(reportId));
  }

  issues(
    reportId: string,
    severity: 'error' | 'warning' | undefined,
    offset: number,
    limit: number,
  ): ListIssuePage {
    this.report(reportId);
    const where = severity ? 'report_id = ? AND severity = ?' : 'report_id = ?';
    const params = severity ? [reportId, severity] : [reportId];
    const total = (
      this.db
        .prepare<unknown[], { n: number }>(
          `SELECT count(*) AS n FROM voter_report_issues WHERE ${where}`,
        )
        .get(...params) as { n: number }
    ).n;
    const rows = this.db
      .prepare<
        unknown[],
        {
          row: number;
          field: VoterField | null;
          code: ListIssueCode;
          severity: 'error' | 'warning';
          details_json: string;
          cells_json: string;
        }
      >(
        `SELECT row, field, code, severity, details_json, cells_json FROM voter_report_issues
         WHERE ${where} ORDER BY seq LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset);
    return {
      total,
      issues: rows.map((r): ListIssue => ({
        row: r.row,
        field: r.field,
        code: r.code,
        severity: r.severity,
        details: JSON.parse(r.details_json) as ListIssue['details'],
        cells: JSON.parse(r.cells_json) as ListIssue['cells'],
      })),
    };
  }

  private report(reportId: string): ReportRow {
    const row = this.db
      .prepare<[string], ReportRow>('SELECT * FROM voter_reports WHERE report_id = ?')
      .get(reportId);
    if (!row) throw new DomainError('report_not_found', 'No such report');
    return row;
  }

  private saveReport(
    kind: 'file' | 'list',
    outcome: Omit<CheckOutcome, 'info'> & { info: ListFileInfo | null },
    origin: { path: string | null; votingDay: string | null; name?: string },
    reportId: string = randomUUID(),
    imported?: { at: string; imported: number },
  ): ListReport {
    // The issues kept (the first ones, see ISSUES_KEPT); the counts cover all of them.
    const issues = [...outcome.errors, ...outcome.warnings].sort(
      (a, b) =>
        a.row - b.row || Number(!ERROR_CODE_SET.has(a.code)) - Number(!ERROR_CODE_SET.has(b.code)),
    );
    const info = outcome.info;
    const write = () => {
      cachedStatement(
        this.db,
        `INSERT INTO voter_reports (report_id, kind, file_name, file_path, sha256, format, encoding,
           delimiter, voting_day, rows, valid, error_count, warning_count, counts_json,
           skipped_json, created_at, imported_at, imported)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        reportId,
        kind,
        origin.name ?? (origin.path ? basename(origin.path) : null),
        origin.path,
        info?.sha256 ?? null,
        info?.format ?? null,
        info?.encoding ?? null,
        info?.delimiter ?? null,
        origin.votingDay,
        outcome.rows,
        outcome.valid,
        outcome.errorCount,
        outcome.warningCount,
        JSON.stringify(outcome.countsByCode),
        JSON.stringify(outcome.skippedChecks),
        new Date(this.clock.now()).toISOString(),
        imported?.at ?? null,
        imported?.imported ?? null,
      );
      const insertIssue = cachedStatement(
        this.db,
        `INSERT INTO voter_report_issues (report_id, seq, row, field, code, severity, details_json,
           cells_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      issues.forEach((issue, seq) => {
        insertIssue.run(
          reportId,
          seq,
          issue.row,
          issue.field,
          issue.code,
          ERROR_CODE_SET.has(issue.code) ? 'error' : 'warning',
          JSON.stringify(issue.details ?? {}),
          JSON.stringify(outcome.cells.get(issue.row) ?? {}),
        );
      });
    };
    if (this.db.inTransaction) write();
    else this.db.transaction(write).immediate();
    return this.reportById(reportId);
  }
}
