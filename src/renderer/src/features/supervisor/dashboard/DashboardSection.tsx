import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useNumbers, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { AlarmTable } from '../alarms/AlarmTable';
import { useSupervisorStore } from '../supervisor-store';
import { InfologTable, RequestsTable } from './CountTables';
import { CsvButtons } from './CsvButtons';
import { PrecinctDetailView } from './PrecinctDetailView';
import { PrecinctList, usePrecinctList } from './PrecinctList';
import { usePrecinctListView } from './precinct-list-store';
import { TurnoutView } from './TurnoutView';

/** The consolidated picture, or one precinct's page when one was opened. */
export function DashboardSection() {
  const precinctId = useSupervisorStore((store) => store.precinctId);
  return precinctId ? <PrecinctDetailView precinctId={precinctId} /> : <Overview />;
}

function Overview() {
  const t = useT();
  const language = useLanguage();
  const numbers = useNumbers();
  const openPrecinct = useSupervisorStore((store) => store.openPrecinct);
  const region = usePrecinctListView((view) => view.region);
  const setRegion = usePrecinctListView((view) => view.setRegion);
  const { data: dashboard, error, reload } = useQuery('getDashboard', region ? { region } : {});
  const list = usePrecinctList();
  const shown = list.data?.precincts ?? [];
  const labels = new Map(
    shown.map((p) => [p.precinctId, t('common.precinct', { number: p.number, name: p.name })]),
  );

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.dashboard.title')}</PageHeading>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      <ErrorAlert message={list.error ? describeError(list.error, language) : null} />
      {!dashboard && !error ? <StatusMessage>{t('common.loading')}</StatusMessage> : null}
      {dashboard ? (
        <>
          <dl className="key-figures" data-testid="key-figures">
            <div>
              <dt>{t('supervisor.dashboard.known')}</dt>
              <dd>{numbers.number(dashboard.precinctsKnown)}</dd>
            </div>
            <div>
              <dt>{t('supervisor.dashboard.reporting')}</dt>
              <dd>{numbers.number(dashboard.reporting)}</dd>
            </div>
            <div>
              <dt>{t('supervisor.dashboard.silent')}</dt>
              <dd>{numbers.number(dashboard.silent)}</dd>
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
            <button
              type="button"
              className="button-secondary"
              onClick={() => void Promise.all([reload(), list.reload()])}
            >
              {t('supervisor.refresh')}
            </button>
          </div>
          {dashboard.precinctsKnown === 0 ? (
            <p>{t('supervisor.dashboard.empty')}</p>
          ) : (
            <PrecinctList list={list} onOpen={openPrecinct} />
          )}
          <section aria-labelledby="turnout-heading">
            <h2 id="turnout-heading">{t('supervisor.turnout.title')}</h2>
            <TurnoutView
              cells={list.data?.turnout ?? []}
              precinctLabel={(id) => labels.get(id) ?? id}
              precinctVoters={new Map(shown.map((p) => [p.precinctId, p.voters]))}
              regions={{
                cells: dashboard.turnout,
                voters: new Map(dashboard.regionVoters.map((r) => [r.region, r.voters])),
              }}
              precinctNote={t('precinctList.turnoutPage')}
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
