import { ColumnHeads } from '../../ui/ColumnHeads';
import { LIST_CHANGES, type ListDifferences } from '@shared/sync/sync-contract';
import { useT } from '../../i18n/use-t';
import { CHANGE_LABELS } from './sync-text';

/** What a newer package changed on the list, and what was kept as recorded here. */
export function ListDifferencesView({ differences }: { differences: ListDifferences }) {
  const t = useT();
  const total = LIST_CHANGES.reduce((sum, change) => sum + differences.counts[change], 0);
  if (total === 0) return <p>{t('sync.noDifferences')}</p>;
  return (
    <>
      <table className="data-table">
        <caption>{t('sync.differences')}</caption>
        <ColumnHeads prefix="sync.col" columns={['change', 'count']} />
        <tbody>
          {LIST_CHANGES.filter((change) => differences.counts[change] > 0).map((change) => (
            <tr key={change}>
              <th scope="row">{t(CHANGE_LABELS[change])}</th>
              <td>{differences.counts[change]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differences.items.length < total ? (
        <p>{t('sync.differencesShown', { shown: differences.items.length, total })}</p>
      ) : null}
      <table className="data-table" data-testid="list-differences">
        <ColumnHeads prefix="sync.col" columns={['change', 'voter', 'iin', 'field']} />
        <tbody>
          {differences.items.map((item, index) => (
            <tr key={`${item.iin}-${item.field ?? ''}-${index}`}>
              <td>{t(CHANGE_LABELS[item.change])}</td>
              <td>{item.name}</td>
              <td>{item.iin}</td>
              <td>{item.field ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
