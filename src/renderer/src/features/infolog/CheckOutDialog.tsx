import { useState } from 'react';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { errorKey } from '../../i18n/message-keys';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { momentOf, momentProblem, momentText, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { refusalResult } from '../../ui/use-submit';
import { useErrorText } from '../../app-state/use-error-text';
import { useInfoLogStore } from './infolog-store';

/** An observer leaves: the departure time, now by default. */
export function CheckOutDialog({ entry, now }: { entry: InfoLogEntryView; now: string }) {
  const t = useT();
  const errorText = useErrorText();
  const checkOut = useInfoLogStore((state) => state.checkOut);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const { submit, reveal, dialog } = useFormDialog(errorText);
  const [moment, setMoment] = useState<MomentValue>(momentOf(now));
  const [problem, setProblem] = useState<string | null>(null);
  const name = entry.details.kind === 'observer' ? entry.details.observerName : '';

  async function send() {
    const incomplete = momentProblem(moment, true);
    setProblem(incomplete ? t(incomplete) : null);
    if (incomplete) {
      reveal();
      return;
    }
    await submit(
      async () => refusalResult(await checkOut(entry, momentText(moment) ?? '')),
      // The core names the time field when the time itself is wrong.
      (refused) => {
        if (refused.details?.field !== 'at') return false;
        setProblem(t(errorKey(refused.code)));
        reveal();
        return true;
      },
    );
  }

  return (
    <FormDialog
      title={t('infolog.dialog.checkOut', { name })}
      submitLabel={t('infolog.submitCheckOut')}
      onSubmit={send}
      onCancel={closeDialog}
      {...dialog}
    >
      <MomentField
        legend={t('infolog.field.departedAt')}
        error={problem}
        value={moment}
        onChange={setMoment}
      />
    </FormDialog>
  );
}
