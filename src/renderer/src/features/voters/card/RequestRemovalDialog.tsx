import { ReasonAndDocumentFields } from './act-fields';
import { useState, type RefObject } from 'react';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { RemovalBasis, VoterSummary } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useT } from '../../../i18n/use-t';
import { refusedField, textProblem } from '../../../ui/field-problem';
import { SelectField } from '../../../ui/form-fields';
import { useSubmit } from '../../../ui/use-submit';
import { REMOVAL_BASES } from '../voters-text';
import { useVoterErrorText } from '../voter-error';
import { removalBasisKey } from '../voters-audit-summary';
import { voterFullName } from '../../../ui/voter-text';
import { FormDialog } from '../../../ui/FormDialog';

interface RequestRemovalDialogProps {
  voter: VoterSummary;
  onRequested: () => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** Asking to remove a voter from the list; the chair or deputy chair decides. */
export function RequestRemovalDialog({
  voter,
  onRequested,
  onCancel,
  returnFocusRef,
}: RequestRemovalDialogProps) {
  const t = useT();
  const errorText = useVoterErrorText();
  const { busy, error, setError, submit } = useSubmit();
  // No basis is preselected: the member names it, as the request's document does.
  const [basis, setBasis] = useState<RemovalBasis | ''>('');
  const [reason, setReason] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [basisMissing, setBasisMissing] = useState(false);

  async function request() {
    const reasonMissing = !reason.trim();
    setProblem(reasonMissing ? 'validation.required' : null);
    setBasisMissing(basis === '');
    if (reasonMissing || basis === '') {
      setError(null);
      return;
    }
    const chosen = basis;
    const done = await submit(() =>
      mutate('requestRemoval', { iin: voter.iin, basis: chosen, reason, documentRef }),
    );
    if (done) onRequested();
  }

  const refused = refusedField(error) === 'reason';
  const reasonProblem = problem ?? (refused ? textProblem(reason, TEXT_LIMITS.reason) : null);
  return (
    <FormDialog
      title={t('voters.removal.title', { name: voterFullName(voter) })}
      explanation={t('voters.removal.explain')}
      submitLabel={t('voters.removal.submit')}
      busy={busy}
      error={refused ? null : errorText(error)}
      onSubmit={() => void request()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <SelectField
        announceError
        label={t('voters.removal.basis')}
        error={basisMissing ? t('validation.required') : null}
        value={basis}
        emptyLabel={t('voters.removal.chooseBasis')}
        options={REMOVAL_BASES.map((option) => ({
          value: option,
          label: t(removalBasisKey(option)),
        }))}
        onValueChange={(next) => {
          setBasis(next);
          if (next !== '') setBasisMissing(false);
        }}
      />
      <ReasonAndDocumentFields
        reason={reason}
        reasonError={reasonProblem ? t(reasonProblem) : null}
        onReasonChange={setReason}
        documentRef={documentRef}
        onDocumentRefChange={setDocumentRef}
      />
    </FormDialog>
  );
}
