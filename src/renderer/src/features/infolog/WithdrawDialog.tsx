import { useId, useState, type FormEvent } from 'react';
import type { InfoLogEntryView } from '../../../../shared/infolog/infolog-contract';
import type { ApiError } from '../../../../shared/result';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { textProblem } from '../../ui/field-problem';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../session/use-error-text';
import { entryName } from './entry-text';
import { useInfoLogStore } from './infolog-store';

/** Withdrawing an entry recorded in error: it stays in the log, marked, with the reason. */
export function WithdrawDialog({ entry }: { entry: InfoLogEntryView }) {
  const t = useT();
  const errorText = useErrorText();
  const withdraw = useInfoLogStore((state) => state.withdraw);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const explanationId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!reason.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const refused = await withdraw(entry, reason.trim());
    setBusy(false);
    if (!refused) return;
    if (refused.code === 'invalid_input' && refused.details?.field === 'reason') {
      setProblem(t(textProblem(reason, TEXT_LIMITS.reason)));
    } else {
      setError(refused);
    }
  }

  return (
    <Modal
      title={t('infolog.dialog.withdraw', entryName(entry, t))}
      role="alertdialog"
      describedBy={explanationId}
      onCancel={closeDialog}
    >
      <p id={explanationId}>{t('infolog.withdrawExplain')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('infolog.withdrawReason')}
          error={problem}
          announceError
          autoComplete="off"
          className="input-wide"
          maxLength={TEXT_LIMITS.reason}
          value={reason}
          onValueChange={setReason}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('infolog.submitWithdraw')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
