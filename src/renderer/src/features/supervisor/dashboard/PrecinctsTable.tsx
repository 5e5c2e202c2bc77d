import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { PrecinctSummary } from '@shared/supervisor/supervisor-contract';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';

/** Every known precinct with its figures; its number opens its own page. */
export function PrecinctsTable({
  precincts,
  onOpen,
}: {
  precincts: PrecinctSummary[];
  onOpen: (precinctId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="precincts-table">
        <caption>{t('supervisor.dashboard.precinctsCaption')}</caption>
        <ColumnHeads
          prefix="supervisor.col"
          columns={[
            'number',
            'name',
            'region',
            'lastSync',
            'devices',
            'voters',
            'ballots',
            'requests',
            'logEntries',
            'corrections',
            'openAlarms',
          ]}
        />
        <tbody>
          {precincts.map((precinct) => (
            <tr key={precinct.precinctId} className={precinct.lastSyncAt ? undefined : 'silent'}>
              <th scope="row">
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('supervisor.dashboard.open', { number: precinct.number })}
                  onClick={() => onOpen(precinct.precinctId)}
                >
                  {precinct.number}
                </button>
              </th>
              <td>{precinct.name}</td>
              <td>
                {precinct.region}
                {precinct.district ? `, ${precinct.district}` : ''}
              </td>
              <td>
                {precinct.lastSyncAt
                  ? formatInstant(precinct.lastSyncAt, undefined, language)
                  : t('supervisor.never')}
              </td>
              <td>{precinct.devices}</td>
              <td>{precinct.voters}</td>
              <td>{precinct.ballots}</td>
              <td>{precinct.requests}</td>
              <td>{precinct.logEntries}</td>
              <td>{precinct.listCorrections}</td>
              <td>{precinct.openAlarms}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
