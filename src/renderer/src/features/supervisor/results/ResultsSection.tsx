import { useState } from 'react';
import { useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { formatNumber } from '@shared/i18n/number-format';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { pageCount, Pager } from '../../../ui/Pager';
import { StatusMessage } from '../../../ui/StatusMessage';
import { PrecinctSearchField, useRestingSearch } from '../PrecinctSearchField';
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
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // A new search starts again at its first page.
  const [pageOf, setPageOf] = useState({ search: '', page: 0 });
  const page = pageOf.search === search ? pageOf.page : 0;
  const setPage = (next: number) => setPageOf({ search, page: next });
  useRestingSearch(text, setSearch);
  const { data, error, reload } = useQuery('getResults', {
    ...(region ? { region } : {}),
    ...(search ? { search } : {}),
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
          <PrecinctSearchField id="results-search" value={text} onChange={setText} />
          <StatusMessage testId="results-found">
            {data.found === 0
              ? t('precinctList.none')
              : tp('precinctList.found', data.found, {
                  from: formatNumber(page * PAGE_SIZE + 1, language),
                  to: formatNumber(page * PAGE_SIZE + data.precincts.length, language),
                })}
          </StatusMessage>
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
            pages={pageCount(data.found, PAGE_SIZE)}
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
