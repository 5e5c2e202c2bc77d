import { ColumnHeads } from '../../ui/ColumnHeads';
import { usePermission } from '../../app-state/use-permission';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';
import { availabilityKey, equipmentKey, kindKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';

/**
 * The station's equipment checklist with availability, and above it the gaps the commission
 * must close before voting day: kinds that open requests ask for and nothing available serves.
 */
export function EquipmentView() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const canRecord = usePermission('record');
  const checklist = useAccommodationsStore((state) => state.equipment);
  const openDialog = useAccommodationsStore((state) => state.openDialog);
  const notReady = checklist?.items.filter((item) => item.availability !== 'available') ?? [];

  return (
    <section aria-labelledby="accommodations-equipment-heading">
      <h2 id="accommodations-equipment-heading">{t('accommodations.equipmentTitle')}</h2>
      <p>{t('accommodations.equipmentIntro')}</p>
      {checklist ? (
        <section aria-labelledby="accommodations-gaps-heading" data-testid="equipment-gaps">
          <h3 id="accommodations-gaps-heading">{t('accommodations.gapsTitle')}</h3>
          {checklist.gaps.length === 0 ? (
            <p className="message message-success">{t('accommodations.noGaps')}</p>
          ) : (
            <ul className="gap-list">
              {checklist.gaps.map((gap) => (
                <li key={gap.kind} className="message message-warning">
                  {tp('accommodations.gap', gap.openItems, {
                    kind: t(kindKey(gap.kind)),
                    equipment: gap.equipment.map((e) => t(equipmentKey(e))).join(', '),
                  })}
                </li>
              ))}
            </ul>
          )}
          <p>{tp('accommodations.notReadyCount', notReady.length)}</p>
        </section>
      ) : null}
      {checklist ? (
        <table className="data-table" data-testid="equipment-table">
          <caption>{t('accommodations.equipmentCaption')}</caption>
          <ColumnHeads
            prefix="accommodations.col"
            columns={[
              'equipment',
              'availability',
              'count',
              'note',
              'checked',
              canRecord ? 'actions' : null,
            ]}
          />
          <tbody>
            {checklist.items.map((item) => {
              const name = t(equipmentKey(item.equipment));
              return (
                <tr
                  key={item.equipment}
                  className={item.availability === 'available' ? undefined : 'equipment-gap'}
                >
                  <th scope="row">{name}</th>
                  <td>{t(availabilityKey(item.availability))}</td>
                  <td>{item.count ?? ''}</td>
                  <td>{item.note ?? ''}</td>
                  <td>
                    {item.updatedAt
                      ? t('accommodations.checkedBy', {
                          time: formatInstant(item.updatedAt, timeZone, language),
                          member: item.updatedBy?.name ?? t('audit.unknownMember'),
                        })
                      : ''}
                  </td>
                  {canRecord ? (
                    <td>
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('accommodations.updateEquipmentFor', { name })}
                        onClick={() => void openDialog({ type: 'equipment', item })}
                      >
                        {t('accommodations.updateEquipment')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
