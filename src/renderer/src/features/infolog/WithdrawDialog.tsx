import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../../i18n/use-t';
import { textProblem } from '../../ui/field-problem';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useErrorText } from '../../app-state/use-error-text';
import { entryName } from './infolog-text';
import { useInfoLogStore } from './infolog-store';

/** Withdrawing an entry recorded in error: it stays in the log, marked, with the reason. */
export function WithdrawDialog({ entry }: { entry: InfoLogEntryView }) {
  const t = useT();
  const errorText = useErrorText();
  const withdraw = useInfoLogStore((state) => state.withdraw);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  return (
    <ReasonDialog
      title={t('infolog.dialog.withdraw', entryName(entry, t))}
      explanation={t('infolog.withdrawExplain')}
      label={t('infolog.withdrawReason')}
      submitLabel={t('infolog.submitWithdraw')}
      maxLength={TEXT_LIMITS.reason}
      onCancel={closeDialog}
      errorText={errorText}
      onSubmit={(reason) => withdraw(entry, reason)}
      fieldProblem={(refused, reason) =>
        refused.code === 'invalid_input' && refused.details?.field === 'reason'
          ? t(textProblem(reason, TEXT_LIMITS.reason))
          : null
      }
    />
  );
}
