import { useEffect, useState } from 'react';
import type { ImportFileResult } from '@shared/supervisor/supervisor-contract';
import type { ApiError } from '@shared/result';
import type { SyncAlarmView } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useT, useTPlural } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { AlarmList } from './AlarmList';
import { chooseFiles } from '../../ui/choose-files';
import { fileNameOf, importOutcome } from './sync-text';

/** The chair's laptop gathers the files of the precinct's other laptops; alarms they raise. */
export function PeerSection() {
  const t = useT();
  const tp = useTPlural();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [files, setFiles] = useState<ImportFileResult[]>([]);
  const [alarms, setAlarms] = useState<SyncAlarmView[]>([]);

  useEffect(() => {
    let current = true;
    void callApi('listSyncAlarms', {}).then((r) => {
      if (current && r.ok) setAlarms(r.value);
    });
    return () => {
      current = false;
    };
  }, []);

  async function importFiles() {
    if (busy) return;
    setError(null);
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'files',
      extensions: ['pdsync'],
      filterName: t('sync.fileFilter'),
      texts: {
        title: 'sync.peerChoose',
        filesHeading: 'sync.fileFilter',
        noFiles: 'sync.noFilesHere',
        pathHint: 'voters.open.pathHint',
        open: 'voters.open.open',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    setBusy(true);
    const result = await callApi('importPeerFiles', {
      handles: chosen.files.map((file) => file.handle),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setFiles(result.value.files);
    setAlarms(result.value.alarms);
  }

  return (
    <section aria-labelledby="sync-peer-heading" className="form-section">
      <h2 id="sync-peer-heading">{t('sync.peerSection')}</h2>
      <p>{t('sync.peerIntro')}</p>
      <button type="button" className="button-secondary" onClick={() => void importFiles()}>
        {t('sync.peerChoose')}
      </button>
      {busy ? <StatusMessage>{t('sync.peerImporting')}</StatusMessage> : null}
      <ErrorAlert message={errorText(error)} />
      {files.length > 0 ? (
        <>
          <h3>{t('sync.peerResults')}</h3>
          <ul data-testid="peer-results">
            {files.map((file, index) => (
              <li key={`${file.file}-${index}`}>
                {fileNameOf(file.file)}: {importOutcome(file, t, tp)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('sync.alarms')}</h3>
      <AlarmList
        alarms={alarms}
        onDecided={(decided) =>
          setAlarms((list) => list.map((a) => (a.alarmId === decided.alarmId ? decided : a)))
        }
      />
    </section>
  );
}
