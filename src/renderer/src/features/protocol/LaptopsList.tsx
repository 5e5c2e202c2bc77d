import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { useT } from '../../i18n/use-t';
import { StatusMessage } from '../../ui/StatusMessage';

/** Whether every laptop of the precinct has exported after the close (its file imported here). */
export function LaptopsList({ day }: { day: VotingDayView }) {
  const t = useT();
  if (day.laptops.length === 0) return null;
  return (
    <>
      <h2>{t('protocol.laptops')}</h2>
      {day.laptops.some((l) => !l.exportedAfterClose) ? (
        <StatusMessage tone="warning">{t('protocol.laptopsMissing')}</StatusMessage>
      ) : null}
      <ul>
        {day.laptops.map((laptop) => (
          <li
            key={laptop.slot}
            className={laptop.exportedAfterClose ? undefined : 'laptop-missing'}
          >
            {t(laptop.own ? 'protocol.laptopOwn' : 'protocol.laptopSlot', { slot: laptop.slot })}
            {laptop.label ? ` (${laptop.label})` : ''}:{' '}
            {t(laptop.exportedAfterClose ? 'protocol.laptopExported' : 'protocol.laptopMissing')}
          </li>
        ))}
      </ul>
    </>
  );
}
