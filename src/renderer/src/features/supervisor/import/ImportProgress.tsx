import type { ImportRun } from '@shared/supervisor/supervisor-contract';
import { useT, useTPlural, type Translate } from '../../../i18n/use-t';
import { useImportStore } from './sync-import-store';

/** The names of the files left out, the first few of them when there are many. */
function leftOutNames(paths: string[]): string {
  const SHOWN = 8;
  const names = paths.slice(0, SHOWN).map((path) => path.split(/[\\/]/).pop() ?? path);
  return paths.length > SHOWN ? `${names.join(', ')}, …` : names.join(', ');
}

function countsText(t: Translate, run: ImportRun): string {
  return t('supervisor.import.counts', {
    done: run.done,
    total: run.total,
    accepted: run.accepted,
    alreadyImported: run.alreadyImported,
    held: run.held,
    rejected: run.rejected,
    newEvents: run.newEvents,
  });
}

/**
 * How far an import got: a progress bar (its value is the files done) and the counts on
 * screen as they change; a polite live region reads the counts every few seconds while the
 * import runs and once more when it has finished (see the import store).
 */
export function ImportProgress({ run, running }: { run: ImportRun | null; running: boolean }) {
  const t = useT();
  const tp = useTPlural();
  const announcement = useImportStore((state) => state.announcement);
  const total = run?.total ?? 0;
  const done = run?.done ?? 0;
  const share = total > 0 ? Math.round((done / total) * 100) : running ? 0 : 100;
  const finished = run?.finished ?? false;
  let announced = '';
  if (announcement?.finished && announcement.run) {
    announced = `${t('supervisor.import.finished')} ${countsText(t, announcement.run)}`;
  } else if (announcement) {
    announced = announcement.run ? countsText(t, announcement.run) : t('supervisor.import.running');
  }
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
      {running ? <p className="message message-info">{t('supervisor.import.running')}</p> : null}
      {finished ? (
        <p className="message message-success">{t('supervisor.import.finished')}</p>
      ) : null}
      {run ? <p data-testid="import-counts">{countsText(t, run)}</p> : null}
      {run && run.leftOut.length > 0 ? (
        <p className="message message-info" data-testid="import-left-out">
          {tp('supervisor.import.leftOut', run.leftOut.length, {
            names: leftOutNames(run.leftOut),
          })}
        </p>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        className="visually-hidden"
        data-testid="import-announced"
      >
        {announced}
      </div>
    </div>
  );
}
