import { ColumnHeads } from '../../ui/ColumnHeads';
import { useEffect, useId, useState } from 'react';
import type { ApiError } from '@shared/result';
import type { SyncExportRecord } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useQuery } from '../../api/queries';
import { eventTypeKey, isEventType } from '../../i18n/message-keys';
import { formatNumber } from '@shared/i18n/number-format';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveByHandle } from '../../ui/save-file';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

type Exported = SyncExportRecord & { eventCount: number };

/** Export for the central commission: new events by default, all on request; the history. */
export function ExportSection() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const precinct = useSessionStore((state) => state.appState?.precinct);
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<Exported | null>(null);
  const [history, setHistory] = useState<SyncExportRecord[]>([]);
  const [pending, setPending] = useState<{ totalEvents: number; newEvents: number } | null>(null);
  const [version, setVersion] = useState(0);
  const fullId = useId();
  const needsPackageId = useId();
  // Without a package there is nothing to sign or encrypt a sync file with: not offered.
  const packageState = useQuery('getPackageState', {});
  const noPackage = packageState.data?.loaded === false;
  const typeText = (type: string) => (isEventType(type) ? t(eventTypeKey(type)) : type);
  const when = (iso: string) => formatInstant(iso, precinct?.timeZone, language);

  useEffect(() => {
    let current = true;
    void callApi('listSyncExports', {}).then((r) => {
      if (current && r.ok) setHistory(r.value);
    });
    void callApi('getSyncExportState', {}).then((r) => {
      if (current && r.ok) setPending(r.value);
    });
    return () => {
      current = false;
    };
  }, [version]);

  async function exportFile() {
    if (busy) return;
    setError(null);
    setResult(null);
    // Nothing new: said at once, before any file is chosen.
    if (!full && pending?.newEvents === 0) {
      setError({ code: 'nothing_to_export', message: 'Nothing new to export' });
      return;
    }
    let written: Exported | null = null;
    const stamp = new Date().toISOString().slice(0, 10);
    const outcome = await saveByHandle(
      nativeDialogs,
      `precinct-${precinct?.precinctNumber ?? ''}-${stamp}.pdsync`,
      { name: t('sync.fileFilter'), extensions: ['pdsync'] },
      async (handle) => {
        setBusy(true);
        try {
          const r = await callApi('exportSyncFile', { handle, full });
          if (!r.ok) return r;
          written = r.value;
          return { ok: true, value: r.value.path };
        } finally {
          setBusy(false);
        }
      },
    );
    if (outcome.saved && written) setResult(written);
    else if (!outcome.saved) setError(outcome.error);
    setVersion((n) => n + 1);
  }

  return (
    <section aria-labelledby="sync-export-heading" className="form-section">
      <h2 id="sync-export-heading">{t('sync.exportSection')}</h2>
      <p>{t('sync.exportIntro')}</p>
      {pending ? (
        <p>
          {tp('sync.pending', pending.totalEvents, {
            pending: formatNumber(pending.newEvents, language),
          })}
        </p>
      ) : null}
      <div className="choice">
        <input
          id={fullId}
          type="checkbox"
          checked={full}
          onChange={(event) => setFull(event.target.checked)}
        />
        <label htmlFor={fullId}>{t('sync.fullExport')}</label>
      </div>
      <button
        type="button"
        className={noPackage ? 'button-secondary' : 'button-primary'}
        aria-disabled={busy || noPackage || undefined}
        aria-describedby={noPackage ? needsPackageId : undefined}
        onClick={() => {
          if (!noPackage) void exportFile();
        }}
      >
        {t('sync.export')}
      </button>
      {noPackage ? (
        <p id={needsPackageId} className="message message-info">
          {t('sync.exportNeedsPackage')}
        </p>
      ) : null}
      {busy ? <StatusMessage>{t('sync.exporting')}</StatusMessage> : null}
      <ErrorAlert message={errorText(error)} />
      {result ? (
        <div data-testid="export-result">
          <StatusMessage tone="success">
            {tp('sync.exportDone', result.eventCount, {
              first: result.firstSeq,
              last: result.lastSeq,
              file: result.fileName,
            })}
          </StatusMessage>
          <p>
            {t('sync.fileFingerprint')}: <code data-testid="export-sha256">{result.sha256}</code>
          </p>
          <table className="data-table">
            <caption>{t('sync.contents')}</caption>
            <ColumnHeads prefix="sync.col" columns={['type', 'count']} />
            <tbody>
              {Object.entries(result.counts).map(([type, count]) => (
                <tr key={type}>
                  <th scope="row">{typeText(type)}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3>{t('sync.history')}</h3>
      {history.length === 0 ? (
        <p>{t('sync.historyEmpty')}</p>
      ) : (
        <table className="data-table" data-testid="export-history">
          <ColumnHeads
            prefix="sync"
            columns={[
              'col.when',
              'col.who',
              'col.file',
              'col.events',
              'col.kind',
              'fileFingerprint',
            ]}
          />
          <tbody>
            {history.map((h) => (
              <tr key={h.exportId}>
                <td>{when(h.exportedAt)}</td>
                <td>{h.memberName ?? ''}</td>
                <td>{h.fileName}</td>
                <td>
                  {h.firstSeq}–{h.lastSeq}
                </td>
                <td>{h.full ? t('sync.kind.full') : t('sync.kind.new')}</td>
                <td>
                  <code className="fingerprint-short">{h.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
