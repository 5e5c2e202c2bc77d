import { TextHeads } from '../../ui/ColumnHeads';
import { Pager, pageCount } from '../../ui/Pager';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { ExportButtons } from '../../ui/ExportButtons';
import { useSessionStore } from '../../app-state/session-store';
import { REGISTER_PAGE_SIZE, useAccommodationsStore } from './accommodations-store';
import { registerCells, registerHeaders } from './register-table';
import { RegisterFilters } from './RegisterFilters';
import { useRegisterExport, useRegisterExportName } from './use-register-export';

/**
 * The official register: numbered requests, newest first, with filters; each number opens the
 * request. Printed and exported oldest first, all pages, with the same columns.
 */
export function RegisterView() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const register = useAccommodationsStore((state) => state.register);
  const page = useAccommodationsStore((state) => state.page);
  const setPage = useAccommodationsStore((state) => state.setPage);
  const openDialog = useAccommodationsStore((state) => state.openDialog);
  const content = useRegisterExport();
  const exportName = useRegisterExportName();
  const context = { t, language, timeZone, style: 'print' as const };
  const headers = registerHeaders(context);
  const pages = pageCount(register?.total ?? 0, REGISTER_PAGE_SIZE);

  return (
    <section aria-labelledby="accommodations-register-heading">
      <h2 id="accommodations-register-heading">{t('accommodations.registerTitle')}</h2>
      {register ? (
        <p data-testid="register-counts">
          {t('accommodations.registerCounts', {
            open: register.openRequests,
            notOnList: register.notOnList,
          })}
        </p>
      ) : null}
      <RegisterFilters />
      <ExportButtons baseName={exportName} content={content} />
      {register ? (
        <>
          <table className="data-table register-table" data-testid="accommodation-register">
            <caption>
              {tp('accommodations.registerCaption', register.total, { page: page + 1, pages })}
            </caption>
            <TextHeads headers={headers} />
            <tbody>
              {register.rows.map((row) => {
                const [number, ...cells] = registerCells(row, context);
                return (
                  <tr key={row.requestId} className={row.onList ? undefined : 'row-not-on-list'}>
                    <th scope="row">
                      <button
                        type="button"
                        className="button-link"
                        aria-label={t('accommodations.openRequest', { number: row.number })}
                        onClick={() =>
                          void openDialog({ type: 'request', requestId: row.requestId })
                        }
                      >
                        {number}
                      </button>
                    </th>
                    {cells.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {register.rows.length === 0 ? <p>{t('accommodations.registerEmpty')}</p> : null}
          <Pager
            label={t('accommodations.pagination')}
            page={page}
            pages={pages}
            onPage={setPage}
          />
        </>
      ) : null}
    </section>
  );
}
