import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { AlarmTable } from '../alarms/AlarmTable';
import { DeviceTable } from '../devices/DeviceTable';
import { ImportResults } from '../import/ImportResults';
import { useSupervisorStore } from '../supervisor-store';
import { InfologTable, RequestsTable } from './CountTables';
import { TurnoutView } from './TurnoutView';
import { SlotTable } from './SlotTable';

/**
 * One precinct: its figures, laptop slots and devices, turnout by hour, requests, log counts,
 * files, alarms.
 */
export function PrecinctDetailView({ precinctId }: { precinctId: string }) {
  const t = useT();
  const language = useLanguage();
  const openPrecinct = useSupervisorStore((store) => store.openPrecinct);
  const { data: detail, error } = useQuery('getPrecinctDetail', { precinctId });
  const summary = detail?.summary;
  const title = summary
    ? t('common.precinct', { number: summary.number, name: summary.name })
    : precinctId;
  const none = <p>{t('supervisor.detail.none')}</p>;

  return (
    <section className="section">
      <button type="button" className="button-link" onClick={() => openPrecinct(null)}>
        {t('supervisor.detail.back')}
      </button>
      <PageHeading focusOnMount>{title}</PageHeading>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {!detail && !error ? <StatusMessage>{t('common.loading')}</StatusMessage> : null}
      {detail && summary ? (
        <>
          <dl className="key-figures" data-testid="precinct-figures">
            <div>
              <dt>{t('supervisor.col.region')}</dt>
              <dd>{[summary.region, summary.district].filter(Boolean).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('supervisor.col.lastSync')}</dt>
              <dd>
                {summary.lastSyncAt
                  ? formatInstant(summary.lastSyncAt, undefined, language)
                  : t('supervisor.never')}
              </dd>
            </div>
            <div>
              <dt>{t('supervisor.col.voters')}</dt>
              <dd>{summary.voters}</dd>
            </div>
            <div>
              <dt>{t('supervisor.col.ballots')}</dt>
              <dd>{summary.ballots}</dd>
            </div>
            <div>
              <dt>{t('supervisor.col.corrections')}</dt>
              <dd>{summary.listCorrections}</dd>
            </div>
          </dl>
          <h2>{t('supervisor.detail.devices')}</h2>
          {detail.slots.length > 0 ? <SlotTable slots={detail.slots} /> : null}
          {detail.devices.length > 0 ? <DeviceTable devices={detail.devices} /> : none}
          <h2>{t('supervisor.turnout.title')}</h2>
          <TurnoutView
            cells={detail.turnout}
            precinctLabel={() => title}
            precinctVoters={new Map([[detail.summary.precinctId, detail.summary.voters]])}
          />
          <h2>{t('supervisor.requests.title')}</h2>
          <RequestsTable requests={detail.requests} />
          <h2>{t('supervisor.infolog.title')}</h2>
          <InfologTable infolog={detail.infolog} />
          <h2>{t('supervisor.detail.imports')}</h2>
          {detail.imports.length > 0 ? (
            <ImportResults caption={t('supervisor.detail.imports')} files={detail.imports} />
          ) : (
            none
          )}
          <h2>{t('supervisor.detail.alarms')}</h2>
          {detail.alarms.length > 0 ? (
            <AlarmTable caption={t('supervisor.detail.alarms')} alarms={detail.alarms} />
          ) : (
            none
          )}
        </>
      ) : null}
    </section>
  );
}
