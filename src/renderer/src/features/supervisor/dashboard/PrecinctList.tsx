import type { PrecinctPage, PrecinctSort } from '@shared/supervisor/precinct-list-contract';
import { formatNumber } from '@shared/i18n/number-format';
import type { ApiError } from '@shared/result';
import { useQuery } from '../../../api/queries';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { pageCount, Pager } from '../../../ui/Pager';
import type { SortOrder } from '../../../ui/SortHeads';
import { StatusMessage } from '../../../ui/StatusMessage';
import { PrecinctSearchField, useRestingSearch } from '../PrecinctSearchField';
import { PrecinctsTable } from './PrecinctsTable';
import { usePrecinctListView } from './precinct-list-store';

/** Rows on one page of the precincts table. */
export const PRECINCTS_PAGE_SIZE = 50;

export interface PrecinctListState {
  text: string;
  setText: (text: string) => void;
  order: SortOrder<PrecinctSort>;
  setOrder: (order: SortOrder<PrecinctSort>) => void;
  page: number;
  setPage: (page: number) => void;
  data: PrecinctPage | null;
  error: ApiError | null;
  reload: () => Promise<void>;
}

/** The precincts table's page for the view's region, search, order and page, from the main process. */
export function usePrecinctList(): PrecinctListState {
  const { region, text, setText, search, setSearch, order, setOrder, page, setPage } =
    usePrecinctListView();
  useRestingSearch(text, setSearch);
  const { data, error, reload } = useQuery('listPrecincts', {
    ...(region ? { region } : {}),
    ...(search ? { search } : {}),
    ...order,
    limit: PRECINCTS_PAGE_SIZE,
    offset: page * PRECINCTS_PAGE_SIZE,
  });
  return { text, setText, order, setOrder, page, setPage, data, error, reload };
}

/**
 * The table's search box, how many precincts match (announced as it changes), the page of
 * them, and its pager.
 */
export function PrecinctList({
  list,
  onOpen,
}: {
  list: PrecinctListState;
  onOpen: (precinctId: string) => void;
}) {
  const { data } = list;
  const from = list.page * PRECINCTS_PAGE_SIZE + 1;
  return (
    <>
      <PrecinctSearchField id="precinct-search" value={list.text} onChange={list.setText} />
      {data ? <PrecinctPageView list={list} data={data} from={from} onOpen={onOpen} /> : null}
    </>
  );
}

function PrecinctPageView({
  list,
  data,
  from,
  onOpen,
}: {
  list: PrecinctListState;
  data: PrecinctPage;
  from: number;
  onOpen: (precinctId: string) => void;
}) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  return (
    <>
      <StatusMessage testId="precincts-found">
        {data.total === 0
          ? t('precinctList.none')
          : tp('precinctList.found', data.total, {
              from: formatNumber(Math.min(from, data.total), language),
              to: formatNumber(Math.min(from + data.precincts.length - 1, data.total), language),
            })}
      </StatusMessage>
      {data.precincts.length > 0 ? (
        <PrecinctsTable
          precincts={data.precincts}
          order={list.order}
          onSort={list.setOrder}
          onOpen={onOpen}
        />
      ) : null}
      <Pager
        label={t('precinctList.pages')}
        page={list.page}
        pages={pageCount(data.total, PRECINCTS_PAGE_SIZE)}
        onPage={list.setPage}
      />
    </>
  );
}
