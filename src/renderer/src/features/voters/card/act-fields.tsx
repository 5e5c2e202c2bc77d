import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../../../i18n/use-t';
import { ReasonField, TextField } from '../../../ui/TextField';

/** Why a change to the list is made, and the document it rests on, if any. */
export function ReasonAndDocumentFields({
  reason,
  reasonError,
  onReasonChange,
  documentRef,
  onDocumentRefChange,
}: {
  reason: string;
  reasonError: string | null;
  onReasonChange: (value: string) => void;
  documentRef: string;
  onDocumentRefChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <>
      <ReasonField
        label={t('voters.reason')}
        error={reasonError}
        value={reason}
        onValueChange={onReasonChange}
      />
      <TextField
        label={t('voters.documentRef')}
        hint={t('voters.documentRefHint')}
        autoComplete="off"
        className="input-wide"
        maxLength={TEXT_LIMITS.place}
        value={documentRef}
        onValueChange={onDocumentRefChange}
      />
    </>
  );
}
