import type { CentralCsvReport } from '@shared/supervisor/supervisor-contract';
import { toCsv } from '@shared/csv';
import type { Db } from '../../kernel/db/database';
import { listAlarms } from './supervisor-views';
import { resultsCsv } from './results-views';

/**
 * The consolidated figures as CSV for the central commission's other systems (semicolons,
 * CRLF; the writer adds the UTF-8 BOM). Columns are stable English identifiers.
 */
export function centralCsv(db: Db, report: CentralCsvReport): string {
  switch (report) {
    case 'turnout': {
      const rows = db
        .prepare<
          [],
          { precinct_id: string; number: number; region: string; hour: number; ballots: number }
        >(
          `SELECT t.precinct_id, p.number, p.region, t.hour, t.ballots FROM turnout t
           JOIN precincts p USING (precinct_id) ORDER BY p.region, p.number, t.hour`,
        )
        .all();
      let current = '';
      let total = 0;
      return toCsv(
        [
          'precinct_id',
          'precinct_number',
          'region',
          'hour',
          'ballots_in_hour',
          'ballots_cumulative',
        ],
        rows.map((r) => {
          if (r.precinct_id !== current) [current, total] = [r.precinct_id, 0];
          total += r.ballots;
          return [r.precinct_id, r.number, r.region, r.hour, r.ballots, total];
        }),
      );
    }
    case 'requests':
      return toCsv(
        ['precinct_id', 'precinct_number', 'region', 'kind', 'status', 'count'],
        db
          .prepare<
            [],
            {
              precinct_id: string;
              number: number;
              region: string;
              kind: string;
              status: string;
              n: number;
            }
          >(
            `SELECT r.precinct_id, p.number, p.region, r.kind, r.status, count(*) AS n
             FROM request_items r JOIN precincts p USING (precinct_id)
             GROUP BY r.precinct_id, r.kind, r.status ORDER BY p.region, p.number, r.kind, r.status`,
          )
          .all()
          .map((r) => [r.precinct_id, r.number, r.region, r.kind, r.status, r.n]),
      );
    case 'infolog':
      return toCsv(
        ['precinct_id', 'precinct_number', 'region', 'kind', 'count'],
        db
          .prepare<
            [],
            { precinct_id: string; number: number; region: string; kind: string; n: number }
          >(
            `SELECT e.precinct_id, p.number, p.region, e.kind, count(*) AS n
             FROM infolog_entries e JOIN precincts p USING (precinct_id)
             WHERE e.withdrawn = 0 AND e.kind IS NOT NULL
             GROUP BY e.precinct_id, e.kind ORDER BY p.region, p.number, e.kind`,
          )
          .all()
          .map((r) => [r.precinct_id, r.number, r.region, r.kind, r.n]),
      );
    case 'conflicts':
      return toCsv(
        [
          'alarm_id',
          'kind',
          'subject',
          'precincts',
          'details',
          'raised_at',
          'decided_at',
          'decided_by',
          'decision',
        ],
        listAlarms(db, false).map((a) => [
          a.alarmId,
          a.kind,
          a.subject,
          a.precinctIds.join(' '),
          a.details,
          a.raisedAt,
          a.decidedAt ?? '',
          a.decidedBy ?? '',
          a.decision ?? '',
        ]),
      );
    case 'results':
      return resultsCsv(db);
  }
}
