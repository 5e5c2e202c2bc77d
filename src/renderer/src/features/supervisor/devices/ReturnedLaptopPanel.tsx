import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { ReturnedLaptop } from '@shared/supervisor/returned-laptop-contract';
import type { ImportRun } from '@shared/supervisor/supervisor-contract';
import { callApi } from '../../../api/precinct-client';
import { mutate } from '../../../api/queries';
import { useSessionStore } from '../../../app-state/session-store';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { chooseFiles } from '../../../ui/choose-files';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ImportResults } from '../import/ImportResults';

/** An instant as the screens show a recorded time: date and minute, UTC. */
const shown = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * "Open a returned laptop": the laptop's data folder chosen by folder handle (the core keeps
 * the path), opened with the central commission's key and summarised; its events can then be
 * imported into the central store. The laptop's folder is never written.
 */
export function ReturnedLaptopPanel() {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [folder, setFolder] = useState<{ handle: string; path: string } | null>(null);
  const [summary, setSummary] = useState<ReturnedLaptop | null>(null);
  const [imported, setImported] = useState<ImportRun | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'opening' | 'importing' | null>(null);

  async function choose() {
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'folder',
      extensions: [],
      filterName: t('returnedLaptop.pickTitle'),
      texts: {
        title: 'returnedLaptop.pickTitle',
        filesHeading: 'supervisor.open.files',
        noFiles: 'supervisor.open.noFiles',
        pathHint: 'supervisor.open.pathHint',
        open: 'supervisor.open.open',
        thisFolder: 'supervisor.open.thisFolder',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    const [file] = chosen.files;
    if (!file) return;
    setError(null);
    setSummary(null);
    setImported(null);
    setBusy('opening');
    const opened = await callApi('openReturnedLaptop', { handle: file.handle });
    setBusy(null);
    if (!opened.ok) {
      setError(opened.error);
      return;
    }
    setFolder(file);
    setSummary(opened.value);
  }

  async function importEvents() {
    if (!folder || busy) return;
    setError(null);
    setBusy('importing');
    const run = await mutate('importReturnedLaptop', { handle: folder.handle });
    setBusy(null);
    if (run.ok) setImported(run.value);
    else setError(run.error);
  }

  return (
    <section className="subsection" aria-labelledby="returned-laptop-title">
      <h2 id="returned-laptop-title">{t('returnedLaptop.title')}</h2>
      <p>{t('returnedLaptop.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy !== null || undefined}
          onClick={() => {
            if (busy === null) void choose();
          }}
        >
          {t('returnedLaptop.choose')}
        </button>
      </div>
      {busy === 'opening' ? <StatusMessage>{t('returnedLaptop.busy')}</StatusMessage> : null}
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {summary && folder ? (
        <>
          <h3>{t('returnedLaptop.summaryTitle')}</h3>
          <LaptopFacts summary={summary} path={folder.path} />
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              aria-disabled={busy !== null || undefined}
              onClick={() => void importEvents()}
            >
              {busy === 'importing' ? t('returnedLaptop.importing') : t('returnedLaptop.import')}
            </button>
          </div>
        </>
      ) : null}
      {imported ? (
        <>
          <StatusMessage tone={imported.rejected > 0 ? 'warning' : 'success'}>
            {t('returnedLaptop.imported', { newEvents: imported.newEvents })}
          </StatusMessage>
          <ImportResults
            caption={t('returnedLaptop.importCaption')}
            files={imported.files}
            testId="returned-laptop-import"
          />
        </>
      ) : null}
    </section>
  );
}

function LaptopFacts({ summary: s, path }: { summary: ReturnedLaptop; path: string }) {
  const t = useT();
  const rows: [string, string][] = [
    [t('returnedLaptop.folder'), path],
    [
      t('returnedLaptop.precinct'),
      s.precinct
        ? t('returnedLaptop.precinctValue', {
            number: s.precinct.number,
            name: s.precinct.name,
            id: s.precinct.precinctId ?? '—',
          })
        : t('returnedLaptop.noPrecinct'),
    ],
    [
      t('returnedLaptop.laptop'),
      t('returnedLaptop.laptopValue', { device: s.deviceId ?? '—', slot: s.slot ?? '—' }),
    ],
    [
      t('returnedLaptop.events'),
      t('returnedLaptop.eventsValue', { events: s.events, lastSeq: s.lastSeq }),
    ],
    [
      t('returnedLaptop.chain'),
      s.chain.ok
        ? t('returnedLaptop.chainOk', { checked: s.chain.checked })
        : t('returnedLaptop.chainBroken', {
            device: s.chain.problem?.deviceId ?? '—',
            seq: s.chain.problem?.seq ?? '—',
          }),
    ],
    [
      t('returnedLaptop.lastExport'),
      s.lastExport
        ? t('returnedLaptop.lastExportValue', {
            at: shown(s.lastExport.exportedAt),
            seq: s.lastExport.lastSeq,
            after: s.unexported,
          })
        : t('returnedLaptop.neverExported', { after: s.unexported }),
    ],
    [t('returnedLaptop.closed'), s.closed ? t('returnedLaptop.yes') : t('returnedLaptop.no')],
    [
      t('returnedLaptop.protocol'),
      s.protocolVersions.length > 0
        ? s.protocolVersions
            .map((v) =>
              t('returnedLaptop.protocolVersion', { version: v.version, at: shown(v.signedAt) }),
            )
            .join('; ')
        : t('returnedLaptop.protocolNone'),
    ],
  ];
  return (
    <dl className="key-figures" data-testid="returned-laptop-summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
