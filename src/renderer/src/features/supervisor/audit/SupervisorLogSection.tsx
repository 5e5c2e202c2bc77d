import { useState } from 'react';
import type { MessageKey } from '@shared/i18n';
import type {
  SupervisorActType,
  SupervisorLogEntry,
  SupervisorLogProblem,
  SupervisorLogReport,
} from '@shared/supervisor/accounts-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';
import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager, pageCount } from '../../../ui/Pager';
import { formatInstant } from '../../../ui/date-time-format';

export const SUPERVISOR_LOG_PAGE_SIZE = 50;

// Template-literal keys: if en.ts lacks one of these, the build fails here.
const actKey = (act: SupervisorActType): MessageKey => `supervisorLog.act.${act}`;
const problemKey = (problem: SupervisorLogProblem): MessageKey => `supervisorLog.reason.${problem}`;

/** An entry's details as `key: value` pairs (ids, counts, names: nothing secret is recorded). */
function details(entry: SupervisorLogEntry): string {
  return Object.entries(entry.details)
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${String(value)}`)
    .join('; ');
}

/**
 * The supervisor log, as the precincts' audit screen: every supervisor act with its account,
 * newest first, a page at a time, and the check of its hash chain from the first entry.
 */
export function SupervisorLogSection() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const [page, setPage] = useState(0);
  const { data, error } = useQuery('listSupervisorLog', {
    limit: SUPERVISOR_LOG_PAGE_SIZE,
    offset: page * SUPERVISOR_LOG_PAGE_SIZE,
  });
  const pages = pageCount(data?.total ?? 0, SUPERVISOR_LOG_PAGE_SIZE);

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisorLog.title')}</PageHeading>
      <p>{t('supervisorLog.intro')}</p>
      <ChainCheck />
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {data ? (
        <>
          <table className="data-table" data-testid="supervisor-log-table">
            <caption>{tp('supervisorLog.caption', data.total, { page: page + 1, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervisorLog.colSeq')}</th>
                <th scope="col">{t('supervisorLog.colTime')}</th>
                <th scope="col">{t('supervisorLog.colAccount')}</th>
                <th scope="col">{t('supervisorLog.colAct')}</th>
                <th scope="col">{t('supervisorLog.colDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.seq}>
                  <td>{entry.seq}</td>
                  <td>{formatInstant(entry.at, undefined, language, true)}</td>
                  <td>{entry.accountName}</td>
                  <td>{t(actKey(entry.act))}</td>
                  <td>{details(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.entries.length === 0 ? <p>{t('supervisorLog.empty')}</p> : null}
          <Pager label={t('supervisorLog.pagination')} page={page} pages={pages} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}

/** The verify button and what the check found: verified, or broken at entry N. */
function ChainCheck() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const [checking, setChecking] = useState(false);
  const [report, setReport] = useState<SupervisorLogReport | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function verify() {
    if (checking) return;
    setChecking(true);
    setFailure(null);
    const result = await callApi('verifySupervisorLog', {});
    setChecking(false);
    if (result.ok) setReport(result.value);
    else setFailure(result.error);
  }

  let status = null;
  if (checking) {
    status = (
      <p role="status" className="message message-info" data-testid="supervisor-log-status">
        {t('supervisorLog.checking')}
      </p>
    );
  } else if (failure) {
    status = (
      <p role="alert" className="message message-error" data-testid="supervisor-log-status">
        {describeError(failure, language)}
      </p>
    );
  } else if (report?.ok) {
    status = (
      <p role="status" className="message message-success" data-testid="supervisor-log-status">
        {tp('supervisorLog.ok', report.checked)}
      </p>
    );
  } else if (report?.problem) {
    status = (
      <p role="alert" className="message message-error" data-testid="supervisor-log-status">
        {t('supervisorLog.broken', {
          seq: report.problem.seq,
          reason: t(problemKey(report.problem.reason)),
        })}
      </p>
    );
  }
  return (
    <div className="chain-status">
      {status}
      <button
        type="button"
        className="button-secondary"
        aria-disabled={checking || undefined}
        onClick={() => void verify()}
      >
        {t('supervisorLog.verify')}
      </button>
    </div>
  );
}
