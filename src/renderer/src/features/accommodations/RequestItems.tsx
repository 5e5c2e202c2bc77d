import { ColumnHeads } from '../../ui/ColumnHeads';
import { usePermission } from '../../app-state/use-permission';
import type { ItemView, RequestView } from '@shared/accommodations/accommodation-contract';
import type { MessageKey } from '@shared/i18n';
import { useLanguage, useT } from '../../i18n/use-t';
import { useSessionStore } from '../../app-state/session-store';
import { kindKey, outcomeText, statusKey } from './accommodations-text';

/** What can be done to an item; `fulfil` issues the ballot at home. */
export type ItemAction =
  'prepare' | 'provide' | 'not_provided' | 'fulfil' | 'not_fulfilled' | 'cancel';

export const ACTION_LABELS: Record<ItemAction, MessageKey> = {
  prepare: 'accommodations.action.prepare',
  provide: 'accommodations.action.provide',
  not_provided: 'accommodations.action.not_provided',
  fulfil: 'accommodations.action.fulfil',
  not_fulfilled: 'accommodations.action.not_fulfilled',
  cancel: 'accommodations.action.cancel',
};

/** The steps an item can take from where it stands (README.md, "Accessibility accommodations"). */
export function actionsOf(item: ItemView, canRecord: boolean, canIssue: boolean): ItemAction[] {
  if (!canRecord || item.final) return [];
  if (item.kind === 'home_voting') {
    if (item.status === 'scheduled') {
      return [...(canIssue ? (['fulfil'] as const) : []), 'not_fulfilled', 'cancel'];
    }
    return item.status === 'received' ? ['cancel'] : [];
  }
  if (item.status === 'received') return ['prepare', 'provide', 'not_provided', 'cancel'];
  if (item.status === 'prepared') return ['provide', 'not_provided', 'cancel'];
  return [];
}

interface RequestItemsProps {
  request: RequestView;
  onAction: (item: ItemView, action: ItemAction) => void;
}

/** Each thing asked for, its status and outcome, and the next steps the member may take. */
export function RequestItems({ request, onAction }: RequestItemsProps) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const canRecord = usePermission('record');
  const canIssue = usePermission('ballot.issue');
  const context = { t, language, timeZone };
  return (
    <table className="data-table request-items">
      <caption>{t('accommodations.itemsCaption')}</caption>
      <ColumnHeads prefix="accommodations.col" columns={['kind', 'status', 'outcome', 'actions']} />
      <tbody>
        {request.items.map((item) => {
          const kind = t(kindKey(item.kind));
          const actions = actionsOf(item, canRecord, canIssue);
          return (
            <tr key={item.itemId}>
              <th scope="row">{kind}</th>
              <td>
                {t(statusKey(item.status))}
                {item.trip
                  ? ` — ${t('accommodations.onTrip', { number: item.trip.number, stop: item.trip.routeOrder })}`
                  : null}
              </td>
              <td className={item.status === 'declined_late' ? 'outcome-late' : undefined}>
                {outcomeText(item, context)}
              </td>
              <td>
                <div className="actions">
                  {actions.map((action) => (
                    <button
                      key={action}
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('accommodations.actionFor', {
                        action: t(ACTION_LABELS[action]),
                        kind,
                      })}
                      onClick={() => onAction(item, action)}
                    >
                      {t(ACTION_LABELS[action])}
                    </button>
                  ))}
                  {item.kind === 'home_voting' && item.status === 'received' && canRecord ? (
                    <span className="notice-small">{t('accommodations.scheduleHint')}</span>
                  ) : null}
                  {item.kind === 'home_voting' && item.status === 'scheduled' && !canIssue ? (
                    <span className="notice-small">{t('accommodations.fulfilHint')}</span>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
