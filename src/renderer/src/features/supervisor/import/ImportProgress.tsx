import type { ImportRun } from '../../../../../shared/central/central-contract';
import { useT } from '../../../i18n/use-t';

/**
 * How far an import got: a progress bar for the eye and for screen readers (its value is the
 * files done), and the counts in a polite live region.
 */
export function ImportProgress({ run, running }: { run: ImportRun | null; running: boolean }) {
  const t = useT();
  const total = run?.total ?? 0;
  const done = run?.done ?? 0;
  const share = total > 0 ? Math.round((done / total) * 100) : running ? 0 : 100;
  const counts = run
    ? t('supervisor.import.counts', {
        done,
        total,
        accepted: run.accepted,
        alreadyImported: run.alreadyImported,
        held: run.held,
        rejected: run.rejected,
        newEvents: run.newEvents,
      })
    : '';
  return (
    <div className="import-progress">
      {running || run ? (
        <div
          role="progressbar"
          aria-label={t('supervisor.import.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={Math.max(total, 1)}
          aria-valuenow={total > 0 ? done : running ? 0 : 1}
          className="progress-track"
        >
          <span className="progress-fill" style={{ width: `${share}%` }} />
        </div>
      ) : null}
      <div role="status" aria-live="polite" data-testid="import-counts">
        {running ? <p className="message message-info">{t('supervisor.import.running')}</p> : null}
        {run?.finished ? (
          <p className="message message-success">{t('supervisor.import.finished')}</p>
        ) : null}
        {counts ? <p>{counts}</p> : null}
      </div>
    </div>
  );
}
