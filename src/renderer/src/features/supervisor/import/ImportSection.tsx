import { useEffect } from 'react';
import { useRefreshOn } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { useSessionStore } from '../../../app-state/session-store';
import { chooseFiles } from '../../../ui/choose-files';
import { DropZone } from './DropZone';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportResults } from './ImportResults';
import { useImportStore } from './sync-import-store';

/** Sync files in: pick files or folders, or drop them; progress, then a result per file. */
export function ImportSection() {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const run = useImportStore((state) => state.run);
  const running = useImportStore((state) => state.running);
  const error = useImportStore((state) => state.error);
  const start = useImportStore((state) => state.start);
  const fail = useImportStore((state) => state.fail);
  const loadHistory = useImportStore((state) => state.loadHistory);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);
  useRefreshOn(['central'], loadHistory);

  async function choose(kind: 'files' | 'folder') {
    const chosen = await chooseFiles(nativeDialogs, {
      kind,
      extensions: [],
      filterName: t('supervisor.open.syncFiles'),
      texts: {
        title: 'supervisor.open.title',
        filesHeading: 'supervisor.open.files',
        noFiles: 'supervisor.open.noFiles',
        pathHint: 'supervisor.open.pathHint',
        open: 'supervisor.open.open',
        thisFolder: 'supervisor.open.thisFolder',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) fail(chosen.error);
    else await start(chosen.files.map((file) => file.handle));
  }

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.import.title')}</PageHeading>
      <p>{t('supervisor.import.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          aria-disabled={running || undefined}
          onClick={() => {
            if (!running) void choose('files');
          }}
        >
          {t('supervisor.import.chooseFiles')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-disabled={running || undefined}
          onClick={() => {
            if (!running) void choose('folder');
          }}
        >
          {t('supervisor.import.chooseFolder')}
        </button>
      </div>
      <DropZone disabled={running} onHandles={(handles) => void start(handles)} onError={fail} />
      <ErrorAlert message={error ? describeError(error, language) : null} />
      <ImportProgress run={run} running={running} />
      {run && run.files.length > 0 ? (
        <ImportResults
          caption={t('supervisor.import.resultsCaption')}
          files={run.files}
          testId="import-results"
        />
      ) : null}
      <ImportHistory />
    </section>
  );
}
