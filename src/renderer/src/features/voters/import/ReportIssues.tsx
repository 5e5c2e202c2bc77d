import { ColumnHeads } from '../../../ui/ColumnHeads';
import { Pager, pageCount } from '../../../ui/Pager';
import { useEffect, useState } from 'react';
import type { ApiError } from '@shared/result';
import type { ListIssuePage, ListReport } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { useT, useTPlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SelectField } from '../../../ui/form-fields';
import { VOTER_FIELD_LABELS, VOTER_FIELDS } from '../voters-text';
import { useVoterErrorText } from '../voter-error';
import { issueMessage } from './issue-text';

const PAGE_SIZE = 50;

type Severity = 'all' | 'error' | 'warning';

/** The report's problems, one per line with the row as read, a page at a time. */
export function ReportIssues({ report }: { report: ListReport }) {
  const t = useT();
  const tp = useTPlural();
  const errorText = useVoterErrorText();
  const [severity, setSeverity] = useState<Severity>('all');
  const [page, setPage] = useState(0);
  const [data, setData] = useState<ListIssuePage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void callApi('getListIssues', {
      reportId: report.reportId,
      severity: severity === 'all' ? undefined : severity,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [report.reportId, severity, page]);

  if (report.errorCount + report.warningCount === 0) return null;
  const pages = pageCount(data?.total ?? 0, PAGE_SIZE);

  return (
    <section className="voters-part" aria-labelledby="report-issues-heading">
      <h4 id="report-issues-heading">{t('voters.report.issuesTitle')}</h4>
      <SelectField
        announceError
        label={t('voters.report.show')}
        value={severity}
        options={[
          { value: 'all', label: t('voters.report.showAll') },
          { value: 'error', label: t('voters.report.showErrors') },
          { value: 'warning', label: t('voters.report.showWarnings') },
        ]}
        onValueChange={(next) => {
          if (!next) return;
          setSeverity(next);
          setPage(0);
        }}
      />
      <ErrorAlert message={errorText(error)} />
      {data ? (
        <>
          <table className="data-table report-issues" data-testid="report-issues">
            <caption>
              {tp('voters.report.issuesCaption', data.total, { page: page + 1, pages })}
            </caption>
            <ColumnHeads
              prefix="voters"
              columns={['csv.row', 'csv.severity', 'csv.field', 'csv.message', 'report.cells']}
            />
            <tbody>
              {data.issues.map((issue, index) => (
                <tr key={`${issue.row}-${issue.code}-${index}`}>
                  <td>{issue.row}</td>
                  <td>
                    <span
                      className={`badge badge-${issue.severity === 'error' ? 'danger' : 'warning'}`}
                    >
                      {t(`voters.severity.${issue.severity}`)}
                    </span>
                  </td>
                  <td>{issue.field ? t(VOTER_FIELD_LABELS[issue.field]) : '—'}</td>
                  <td>
                    {issueMessage(issue, t)} <code className="issue-code">{issue.code}</code>
                  </td>
                  <td>
                    <ul className="row-cells">
                      {VOTER_FIELDS.filter((field) => issue.cells[field]).map((field) => (
                        <li key={field}>
                          <span className="row-cell-name">{t(VOTER_FIELD_LABELS[field])}:</span>{' '}
                          {issue.cells[field]}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.total === 0 ? <p>{t('voters.report.noneOfKind')}</p> : null}
          {pages > 1 ? (
            <Pager label={t('voters.report.pages')} page={page} pages={pages} onPage={setPage} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
