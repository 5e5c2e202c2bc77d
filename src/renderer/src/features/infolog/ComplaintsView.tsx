import { ColumnHeads } from '../../ui/ColumnHeads';
import { COMPLAINT_FILTERS } from '@shared/infolog/entry-kinds';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { Field } from '../../ui/Field';
import { useSessionStore } from '../../app-state/session-store';
import {
  complaintStatusText,
  deadlineText,
  optionKey,
  responseText,
  statusText,
} from './infolog-text';
import { DeadlineSettings } from './DeadlineSettings';
import { ActionsCell } from './EntryActions';
import { EntryStatus } from './EntryStatus';
import { ExportButtons } from '../../ui/ExportButtons';
import { useInfoLogStore } from './infolog-store';
import { useExportContent, useExportName } from './use-export-content';

/** The complaints and appeals register: deadlines, answers, and the overdue ones first to see. */
export function ComplaintsView({ canRecord }: { canRecord: boolean }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const complaints = useInfoLogStore((state) => state.complaints);
  const filter = useInfoLogStore((state) => state.complaintFilter);
  const setFilter = useInfoLogStore((state) => state.setComplaintFilter);
  const content = useExportContent('complaints');
  const exportName = useExportName('complaints');

  return (
    <section aria-labelledby="infolog-complaints-heading">
      <h2 id="infolog-complaints-heading">{t('infolog.complaintsHeading')}</h2>
      <DeadlineSettings />
      <Field label={t('infolog.complaintFilter')}>
        {(control) => (
          <select
            {...control}
            value={filter}
            onChange={(event) =>
              void setFilter(COMPLAINT_FILTERS.find((f) => f === event.target.value) ?? '')
            }
          >
            <option value="">{t('infolog.complaintFilter.all')}</option>
            {COMPLAINT_FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`infolog.complaintFilter.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ExportButtons baseName={exportName} content={content} />
      {complaints ? (
        <>
          <table className="data-table infolog-table" data-testid="infolog-complaints">
            <caption>{tp('infolog.complaintsCaption', complaints.total)}</caption>
            <ColumnHeads
              prefix="infolog.col"
              columns={[
                'number',
                'received',
                'complainant',
                'subject',
                'summary',
                'deadline',
                'status',
                'response',
                canRecord ? 'actions' : null,
              ]}
            />
            <tbody>
              {complaints.entries.map((entry) => {
                const d = entry.details;
                const state = entry.complaint;
                if (d.kind !== 'complaint' || !state) return null;
                const rowClass = entry.withdrawn
                  ? 'entry-withdrawn'
                  : state.overdue
                    ? 'complaint-overdue'
                    : undefined;
                return (
                  <tr key={entry.id} className={rowClass}>
                    <td>{entry.number}</td>
                    <td>{formatInstant(entry.occurredAt, timeZone, language)}</td>
                    <th scope="row">{d.complainant}</th>
                    <td>{t(optionKey('subject', d.subject))}</td>
                    <td className="entry-details">{d.summary}</td>
                    <td>{deadlineText(state, t, language)}</td>
                    <td>
                      {entry.withdrawn ? (
                        <EntryStatus entry={entry} status={statusText(entry, t)} />
                      ) : (
                        <EntryStatus entry={entry} status={complaintStatusText(state, t)} />
                      )}
                      {state.overdue && !entry.withdrawn ? (
                        <span className="overdue-mark" aria-hidden="true">
                          {' '}
                          ⚠
                        </span>
                      ) : null}
                    </td>
                    <td className="entry-details">
                      {d.response ? responseText(d.response, { t, language }) : ''}
                    </td>
                    <ActionsCell entry={entry} canRecord={canRecord} />
                  </tr>
                );
              })}
            </tbody>
          </table>
          {complaints.entries.length === 0 ? <p>{t('infolog.complaintsEmpty')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
