import { useState } from 'react';
import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { formatNumber } from '@shared/i18n/number-format';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { pageCount, Pager } from '../../../ui/Pager';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ProtocolVersionsView } from './ProtocolVersionsView';
import { RegionTable } from './RegionTable';
import { ResultsCsvButton } from './ResultsCsvButton';
import { ResultsTable, type SortState } from './ResultsTable';
import { SharesChart } from './SharesChart';
import { questionText } from './result-text';

const PAGE_SIZE = 25;

/** The results of the voting, or one precinct's protocol versions when one was opened. */
export function ResultsSection() {
  const [opened, setOpened] = useState<string | null>(null);
  return opened ? (
    <ProtocolVersionsView precinctId={opened} onBack={() => setOpened(null)} />
  ) : (
    <ResultsOverview onOpen={setOpened} />
  );
}

function ResultsOverview({ onOpen }: { onOpen: (precinctId: string) => void }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const [region, setRegion] = useState('');
  const [order, setOrder] = useState<SortState>({ sort: 'number', descending: false });
  const [page, setPage] = useState(0);
  const { data, error, reload } = useQuery('getResults', {
    ...(region ? { region } : {}),
    ...order,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('results.title')}</PageHeading>
      <p>{t('results.intro')}</p>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {!data && !error ? <StatusMessage>{t('common.loading')}</StatusMessage> : null}
      {data ? (
        <>
          <p data-testid="results-summary">
            {tp('results.summary', data.total, {
              withProtocol: formatNumber(data.withProtocol, language),
            })}
          </p>
          <div className="filters-row">
            <div className="field">
              <label htmlFor="results-region">{t('results.region')}</label>
              <select
                id="results-region"
                value={region}
                onChange={(event) => {
                  setRegion(event.target.value);
                  setPage(0);
                }}
              >
                <option value="">{t('results.allRegions')}</option>
                {data.regions.map((option) => (
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
          <ResultsTable
            precincts={data.precincts}
            order={order}
            onSort={(next) => {
              setOrder(next);
              setPage(0);
            }}
            onOpen={onOpen}
          />
          <Pager
            label={t('results.pages')}
            page={page}
            pages={pageCount(data.total, PAGE_SIZE)}
            onPage={setPage}
          />
          {data.questions.length === 0 ? <p>{t('results.noVotes')}</p> : null}
          {data.questions.map((question, index) => (
            <section key={question.questionId} aria-labelledby={`results-q-${index}`}>
              <h2 id={`results-q-${index}`}>{questionText(t, question, language)}</h2>
              <SharesChart question={question} id={`shares-${index}`} />
              <RegionTable question={question} regions={data.byRegion} />
            </section>
          ))}
          <ResultsCsvButton />
        </>
      ) : null}
    </section>
  );
}
