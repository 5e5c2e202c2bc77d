import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { ListReport } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { saveByHandle } from '../../../ui/save-file';
import { SaveFileButton } from '../../../ui/SaveFileButton';
import { useSessionStore } from '../../../app-state/session-store';

/** A name for the CSV file that says which list and when it was checked. */
function defaultName(report: ListReport): string {
  const stem = report.fileName ? report.fileName.replace(/\.[^.]+$/, '') : 'voter-list';
  return `${stem}-report-${report.createdAt.slice(0, 10)}.csv`;
}

/** Saves a report's problems as CSV where the member chooses; the core writes the file. */
export function ExportReportButton({ report }: { report: ListReport }) {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ path: string; rows: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    let rows = 0;
    try {
      const outcome = await saveByHandle(
        nativeDialogs,
        defaultName(report),
        { name: 'CSV', extensions: ['csv'] },
        async (handle) => {
          const written = await callApi('exportListReport', { reportId: report.reportId, handle });
          if (!written.ok) return written;
          rows = written.value.rows;
          return { ok: true, value: written.value.path };
        },
      );
      if (outcome.saved) setSaved({ path: outcome.path, rows });
      else setError(outcome.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SaveFileButton label={t('voters.report.export')} busy={busy} onPress={save}>
      <div role="status">
        {saved ? (
          <p className="message message-success">
            {t('voters.report.exported', { path: saved.path, rows: saved.rows })}
          </p>
        ) : null}
      </div>
      <ErrorAlert message={error ? describeError(error, language) : null} />
    </SaveFileButton>
  );
}
