import { useState, type FormEvent } from 'react';
import type { InfoLogEntryView } from '../../../../shared/infolog/infolog-contract';
import type { ApiError } from '../../../../shared/result';
import { errorKey } from '../../i18n/message-keys';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { useErrorText } from '../../app-state/use-error-text';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { useInfoLogStore } from './infolog-store';
import { MomentField } from '../../ui/MomentField';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';

/** An observer leaves: the departure time, now by default. */
export function CheckOutDialog({ entry, now }: { entry: InfoLogEntryView; now: string }) {
  const t = useT();
  const errorText = useErrorText();
  const checkOut = useInfoLogStore((state) => state.checkOut);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const [moment, setMoment] = useState<MomentValue>(momentOf(now));
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();
  const name = entry.details.kind === 'observer' ? entry.details.observerName : '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const incomplete = momentProblem(moment, true);
    setProblem(incomplete ? t(incomplete) : null);
    if (incomplete) {
      reveal();
      return;
    }
    setBusy(true);
    const refused = await checkOut(entry, `${moment.date}T${moment.time}`);
    setBusy(false);
    if (!refused) return;
    // The core names the time field when the time itself is wrong.
    if (refused.details?.field === 'at') {
      setProblem(t(errorKey(refused.code)));
      reveal();
    } else {
      setError(refused);
    }
  }

  return (
    <Modal title={t('infolog.dialog.checkOut', { name })} onCancel={closeDialog}>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <MomentField
          legend={t('infolog.field.departedAt')}
          error={problem}
          value={moment}
          onChange={setMoment}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('infolog.submitCheckOut')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
