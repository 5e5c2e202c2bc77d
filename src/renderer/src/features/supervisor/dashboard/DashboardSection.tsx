import { useState } from 'react';
import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { AlarmTable } from '../alarms/AlarmTable';
import { useSupervisorStore } from '../supervisor-store';
import { InfologTable, RequestsTable } from './CountTables';
import { CsvButtons } from './CsvButtons';
import { PrecinctDetailView } from './PrecinctDetailView';
import { PrecinctsTable } from './PrecinctsTable';
import { TurnoutView } from './TurnoutView';

/** The consolidated picture, or one precinct's page when one was opened. */
export function DashboardSection() {
  const precinctId = useSupervisorStore((store) => store.precinctId);
  return precinctId ? <PrecinctDetailView precinctId={precinctId} /> : <Overview />;
}

function Overview() {
  const t = useT();
  const language = useLanguage();
  const openPrecinct = useSupervisorStore((store) => store.openPrecinct);
  const [region, setRegion] = useState('');
  const { data: dashboard, error, reload } = useQuery('getDashboard', region ? { region } : {});
  const labels = new Map(
    dashboard?.precincts.map((p) => [
      p.precinctId,
      t('common.precinct', { number: p.number, name: p.name }),
    ]) ?? [],
  );

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.dashboard.title')}</PageHeading>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {!dashboard && !error ? <StatusMessage>{t('common.loading')}</StatusMessage> : null}
      {dashboard ? (
        <>
          <dl className="key-figures" data-testid="key-figures">
            <div>
              <dt>{t('supervisor.dashboard.known')}</dt>
              <dd>{dashboard.precinctsKnown}</dd>
            </div>
            <div>
              <dt>{t('supervisor.dashboard.reporting')}</dt>
              <dd>{dashboard.reporting}</dd>
            </div>
            <div>
              <dt>{t('supervisor.dashboard.silent')}</dt>
              <dd>{dashboard.silent}</dd>
            </div>
          </dl>
          <div className="filters-row">
            <div className="field">
              <label htmlFor="dashboard-region">{t('supervisor.dashboard.region')}</label>
              <select
                id="dashboard-region"
                value={region}
                onChange={(event) => setRegion(event.target.value)}
              >
                <option value="">{t('supervisor.dashboard.allRegions')}</option>
                {dashboard.regions.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button-secondary" onClick={() => void reload()}>
              {t('supervisor.refresh')}
            </button>
          </div>
          {dashboard.precincts.length === 0 ? (
            <p>{t('supervisor.dashboard.empty')}</p>
          ) : (
            <PrecinctsTable precincts={dashboard.precincts} onOpen={openPrecinct} />
          )}
          <section aria-labelledby="turnout-heading">
            <h2 id="turnout-heading">{t('supervisor.turnout.title')}</h2>
            <TurnoutView
              cells={dashboard.turnout}
              precinctLabel={(id) => labels.get(id) ?? id}
              byRegion
              precinctsListed={
                new Map(
                  dashboard.precincts.map((p) => [
                    p.precinctId,
                    { region: p.region, voters: p.voters },
                  ]),
                )
              }
            />
          </section>
          <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">{t('supervisor.requests.title')}</h2>
            <RequestsTable requests={dashboard.requests} />
          </section>
          <section aria-labelledby="infolog-heading">
            <h2 id="infolog-heading">{t('supervisor.infolog.title')}</h2>
            <InfologTable infolog={dashboard.infolog} />
          </section>
          <section aria-labelledby="conflicts-heading">
            <h2 id="conflicts-heading">{t('supervisor.conflicts.title')}</h2>
            {dashboard.conflicts.length === 0 ? (
              <p>{t('supervisor.conflicts.empty')}</p>
            ) : (
              <AlarmTable
                caption={t('supervisor.conflicts.title')}
                alarms={dashboard.conflicts}
                testId="conflicts-table"
              />
            )}
          </section>
          <CsvButtons />
        </>
      ) : null}
    </section>
  );
}
