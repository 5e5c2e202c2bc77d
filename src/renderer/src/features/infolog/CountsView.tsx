import { TextHeads } from '../../ui/ColumnHeads';
import { ENTRY_KINDS, type EntryKind } from '@shared/infolog/entry-kinds';
import type { InfoLogDay } from '@shared/infolog/infolog-contract';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { TextField } from '../../ui/TextField';
import { kindKey } from './infolog-text';
import { ExportButtons } from '../../ui/ExportButtons';
import { useInfoLogStore } from './infolog-store';
import { countsTable } from './register-tables';
import { useExportContent, useExportName } from './use-export-content';

type Series = EntryKind | 'registrationChecks';
const SERIES: Series[] = [...ENTRY_KINDS, 'registrationChecks'];

const valueOf = (day: InfoLogDay, series: Series) =>
  series === 'registrationChecks' ? day.registrationChecks : day.counts[series];

/**
 * Per-day counts by kind: a small bar chart for the eye (hidden from screen readers) and the
 * same figures in a table that everyone can read, print and export.
 */
export function CountsView() {
  const t = useT();
  const language = useLanguage();
  const counts = useInfoLogStore((state) => state.counts);
  const range = useInfoLogStore((state) => state.countRange);
  const setRange = useInfoLogStore((state) => state.setCountRange);
  const content = useExportContent('counts');
  const exportName = useExportName('counts');
  const label = (series: Series) =>
    series === 'registrationChecks' ? t('infolog.col.registrationChecks') : t(kindKey(series));
  const table = counts
    ? countsTable(counts, { t, language, timeZone: undefined, style: 'print' })
    : null;
  const totals = (counts ?? []).map((day) => SERIES.reduce((sum, s) => sum + valueOf(day, s), 0));
  const largest = Math.max(1, ...totals);

  return (
    <section aria-labelledby="infolog-counts-heading">
      <h2 id="infolog-counts-heading">{t('infolog.countsHeading')}</h2>
      <p>{t('infolog.countsIntro')}</p>
      <fieldset className="filters">
        <legend>{t('infolog.filters')}</legend>
        <TextField
          label={t('infolog.fromDate')}
          type="date"
          value={range.fromDate}
          onValueChange={(fromDate) => void setRange({ fromDate })}
        />
        <TextField
          label={t('infolog.toDate')}
          type="date"
          value={range.toDate}
          onValueChange={(toDate) => void setRange({ toDate })}
        />
      </fieldset>
      <ExportButtons baseName={exportName} content={content} />
      {counts && counts.length === 0 ? <p>{t('infolog.countsEmpty')}</p> : null}
      {counts && counts.length > 0 ? (
        <>
          <div className="counts-chart" aria-hidden="true">
            <p className="counts-chart-title">{t('infolog.chartTitle')}</p>
            <ul className="counts-legend">
              {SERIES.map((series) => (
                <li key={series}>
                  <span className={`counts-swatch series-${series}`} />
                  {label(series)}
                </li>
              ))}
            </ul>
            {counts.map((day, index) => (
              <div key={day.date} className="counts-row">
                <span className="counts-date">{formatCalendarDate(day.date, language)}</span>
                <span className="counts-bar">
                  {SERIES.filter((series) => valueOf(day, series) > 0).map((series) => (
                    <span
                      key={series}
                      className={`counts-segment series-${series}`}
                      style={{ width: `${(valueOf(day, series) / largest) * 100}%` }}
                      title={`${label(series)}: ${valueOf(day, series)}`}
                    />
                  ))}
                </span>
                <span className="counts-total">{totals[index]}</span>
              </div>
            ))}
            <p className="notice-small">{t('infolog.chartNote')}</p>
          </div>
          {table ? (
            <table className="data-table counts-table" data-testid="infolog-counts">
              <caption>{t('infolog.countsCaption')}</caption>
              <TextHeads headers={table.headers} />
              <tbody>
                {table.rows.map(([date, ...cells]) => (
                  <tr key={date}>
                    <th scope="row">{date}</th>
                    {cells.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
