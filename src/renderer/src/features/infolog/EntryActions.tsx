import { isRecordable } from '@shared/infolog/entry-schemas';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { useT } from '../../i18n/use-t';
import { EntryStatus } from './EntryStatus';
import { entryName, statusText } from './infolog-text';
import { useInfoLogStore } from './infolog-store';

/** What can still be done to an entry: correct or withdraw it, check out, answer. */
export function EntryActions({ entry }: { entry: InfoLogEntryView }) {
  const t = useT();
  const openDialog = useInfoLogStore((state) => state.openDialog);
  if (entry.withdrawn) return null;
  const name = entryName(entry, t);
  const observerName = entry.details.kind === 'observer' ? entry.details.observerName : '';
  return (
    <div className="actions">
      {entry.observer?.present ? (
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('infolog.checkOutFor', { name: observerName })}
          onClick={() => void openDialog({ type: 'checkOut', entry })}
        >
          {t('infolog.checkOut')}
        </button>
      ) : null}
      {entry.complaint?.status === 'open' ? (
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('infolog.answerFor', { number: entry.number })}
          onClick={() => void openDialog({ type: 'answer', entry })}
        >
          {t('infolog.answer')}
        </button>
      ) : null}
      {isRecordable(entry.details) ? (
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('infolog.correctFor', name)}
          onClick={() => void openDialog({ type: 'correct', entry })}
        >
          {t('infolog.correct')}
        </button>
      ) : null}
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t('infolog.withdrawFor', name)}
        onClick={() => void openDialog({ type: 'withdraw', entry })}
      >
        {t('infolog.withdraw')}
      </button>
    </div>
  );
}

/** The actions' cell of an entry's row, for members who may record. */
export function ActionsCell({ entry, canRecord }: { entry: InfoLogEntryView; canRecord: boolean }) {
  return canRecord ? (
    <td>
      <EntryActions entry={entry} />
    </td>
  ) : null;
}

/** The last cells of an entry's row: who recorded it, its status and history, the actions. */
export function EntryRowEnd({ entry, canRecord }: { entry: InfoLogEntryView; canRecord: boolean }) {
  const t = useT();
  return (
    <>
      <td>{entry.recordedByName ?? ''}</td>
      <td>
        <EntryStatus entry={entry} status={statusText(entry, t)} />
      </td>
      <ActionsCell entry={entry} canRecord={canRecord} />
    </>
  );
}
