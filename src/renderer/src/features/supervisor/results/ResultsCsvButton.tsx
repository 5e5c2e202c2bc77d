import { callApi } from '../../../api/precinct-client';
import { useSessionStore } from '../../../app-state/session-store';
import { useT } from '../../../i18n/use-t';
import { BusyActionButton } from '../../../ui/BusyButton';
import { CSV_FILTER, saveByHandle } from '../../../ui/save-file';
import { SaveStatus, useFileSave } from '../../../ui/use-file-save';

/** Saves every precinct's current protocol as CSV through the save path (a file handle). */
export function ResultsCsvButton() {
  const t = useT();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const { run, busy, ...status } = useFileSave();

  const save = () =>
    run(async (onWriting) =>
      saveByHandle(nativeDialogs, 'results.csv', CSV_FILTER, async (handle) => {
        onWriting(true);
        const written = await callApi('saveCentralCsv', { report: 'results', handle });
        onWriting(false);
        return written.ok ? { ok: true, value: written.value.path } : written;
      }),
    );

  return (
    <div className="export-buttons">
      <BusyActionButton busy={busy} onPress={() => void save()}>
        {t('results.saveCsv')}
      </BusyActionButton>
      <SaveStatus {...status} />
    </div>
  );
}
