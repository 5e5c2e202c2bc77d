import { ColumnHeads } from '../../ui/ColumnHeads';
import { useId } from 'react';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';
import { optionKey } from './infolog-text';
import { EntryRowEnd } from './EntryActions';
import { ExportButtons } from '../../ui/ExportButtons';
import { useInfoLogStore } from './infolog-store';
import { useExportContent, useExportName } from './use-export-content';

/** The observers register: who came from whom, with what mandate, when they left. */
export function ObserversView({ canRecord }: { canRecord: boolean }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const observers = useInfoLogStore((state) => state.observers);
  const presentOnly = useInfoLogStore((state) => state.presentOnly);
  const setPresentOnly = useInfoLogStore((state) => state.setPresentOnly);
  const content = useExportContent('observers');
  const exportName = useExportName('observers');
  const presentId = useId();
  const time = (iso: string) => formatInstant(iso, timeZone, language);

  return (
    <section aria-labelledby="infolog-observers-heading">
      <h2 id="infolog-observers-heading">{t('infolog.observersHeading')}</h2>
      <div className="choice single-choice">
        <input
          id={presentId}
          type="checkbox"
          checked={presentOnly}
          onChange={(event) => void setPresentOnly(event.target.checked)}
        />
        <label htmlFor={presentId}>{t('infolog.presentOnly')}</label>
      </div>
      <ExportButtons baseName={exportName} content={content} />
      {observers ? (
        <>
          <table className="data-table infolog-table" data-testid="infolog-observers">
            <caption>{tp('infolog.observersCaption', observers.total)}</caption>
            <ColumnHeads
              prefix="infolog.col"
              columns={[
                'number',
                'arrival',
                'organisation',
                'observer',
                'mandate',
                'departure',
                'recordedBy',
                'status',
                canRecord ? 'actions' : null,
              ]}
            />
            <tbody>
              {observers.entries.map((entry) => {
                const d = entry.details;
                if (d.kind !== 'observer') return null;
                return (
                  <tr key={entry.id} className={entry.withdrawn ? 'entry-withdrawn' : undefined}>
                    <td>{entry.number}</td>
                    <td>{time(entry.occurredAt)}</td>
                    <td>
                      {t(optionKey('organisationType', d.organisationType))}: {d.organisation}
                    </td>
                    <th scope="row">{d.observerName}</th>
                    <td>{d.mandateNumber}</td>
                    <td>
                      {entry.observer?.departedAt ? (
                        time(entry.observer.departedAt)
                      ) : entry.observer?.present ? (
                        <strong>{t('infolog.present')}</strong>
                      ) : null}
                    </td>
                    <EntryRowEnd entry={entry} canRecord={canRecord} />
                  </tr>
                );
              })}
            </tbody>
          </table>
          {observers.entries.length === 0 ? <p>{t('infolog.observersEmpty')}</p> : null}
        </>
      ) : null}
      <p className="notice-small">{t('infolog.portableBoxNote')}</p>
    </section>
  );
}
