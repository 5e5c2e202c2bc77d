import { useState } from 'react';
import { CENTRAL_CSV_REPORTS, type CentralCsvReport } from '@shared/supervisor/supervisor-contract';
import type { MessageKey } from '@shared/i18n';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CSV_FILTER, saveByHandle } from '../../../ui/save-file';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useSessionStore } from '../../../app-state/session-store';

const LABELS: Record<CentralCsvReport, MessageKey> = {
  turnout: 'supervisor.csv.turnout',
  requests: 'supervisor.csv.requests',
  infolog: 'supervisor.csv.infolog',
  conflicts: 'supervisor.csv.conflicts',
  results: 'supervisor.csv.results',
};

/** The consolidated figures as CSV files for the central commission's other systems. */
export function CsvButtons() {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(report: CentralCsvReport) {
    setSaved(null);
    setError(null);
    const outcome = await saveByHandle(
      nativeDialogs,
      `${report}.csv`,
      CSV_FILTER,
      async (handle) => {
        const written = await callApi('saveCentralCsv', { report, handle });
        return written.ok ? { ok: true, value: written.value.path } : written;
      },
    );
    if (outcome.saved) setSaved(outcome.path);
    else setError(outcome.error);
  }

  return (
    <section aria-labelledby="central-csv-heading">
      <h2 id="central-csv-heading">{t('supervisor.csv.title')}</h2>
      <div className="button-row">
        {CENTRAL_CSV_REPORTS.map((report) => (
          <button
            key={report}
            type="button"
            className="button-secondary"
            onClick={() => void save(report)}
          >
            {t(LABELS[report])}
          </button>
        ))}
      </div>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {saved ? (
        <StatusMessage tone="success">{t('supervisor.saved', { path: saved })}</StatusMessage>
      ) : null}
    </section>
  );
}
