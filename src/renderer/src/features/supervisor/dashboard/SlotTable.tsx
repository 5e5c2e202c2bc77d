import type { SlotView } from '@shared/supervisor/supervisor-contract';
import { useT, useTPlural } from '../../../i18n/use-t';

/**
 * A precinct's laptop slots: which device took each (its certificate came in a sync file),
 * none yet, or more than one (the slot_reused alarm says so too).
 */
export function SlotTable({ slots }: { slots: SlotView[] }) {
  const t = useT();
  const tp = useTPlural();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="slots-table">
        <caption>{t('supervisor.slots.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervisor.col.slot')}</th>
            <th scope="col">{t('supervisor.slots.label')}</th>
            <th scope="col">{t('supervisor.slots.devices')}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.slot}>
              <th scope="row">{t('supervisor.slots.slot', { slot: slot.slot })}</th>
              <td>{slot.label ?? ''}</td>
              <td>
                {slot.deviceIds.length === 0 ? t('supervisor.slots.free') : null}
                {slot.deviceIds.length > 1 ? (
                  <strong>{tp('supervisor.slots.reused', slot.deviceIds.length)}: </strong>
                ) : null}
                <span className="mono-id">{slot.deviceIds.join(', ')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
