import { IMPORT_STATUSES, type ImportStatus } from '@shared/supervisor/supervisor-contract';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportResults } from './ImportResults';
import { useImportStore } from './sync-import-store';

/** Files imported before, newest first, by status. */
export function ImportHistory() {
  const t = useT();
  const language = useLanguage();
  const history = useImportStore((state) => state.history);
  const status = useImportStore((state) => state.historyStatus);
  const error = useImportStore((state) => state.historyError);
  const setStatus = useImportStore((state) => state.setHistoryStatus);
  const showMore = useImportStore((state) => state.showMore);
  return (
    <section aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">{t('supervisor.history.title')}</h2>
      <div className="field">
        <label htmlFor="import-history-status">{t('supervisor.history.filter')}</label>
        <select
          id="import-history-status"
          value={status ?? ''}
          onChange={(event) =>
            void setStatus(event.target.value ? (event.target.value as ImportStatus) : null)
          }
        >
          <option value="">{t('supervisor.history.all')}</option>
          {IMPORT_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`supervisor.status.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {history && history.files.length === 0 ? <p>{t('supervisor.history.empty')}</p> : null}
      {history && history.files.length > 0 ? (
        <>
          <ImportResults
            caption={t('supervisor.history.caption', {
              shown: history.files.length,
              total: history.total,
            })}
            files={history.files}
            testId="import-history"
          />
          {history.files.length < history.total && history.files.length < 1000 ? (
            <button type="button" className="button-secondary" onClick={() => void showMore()}>
              {t('supervisor.history.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
