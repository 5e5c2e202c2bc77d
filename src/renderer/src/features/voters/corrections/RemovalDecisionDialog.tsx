import { useState, type RefObject } from 'react';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { RemovalRequestView } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useT } from '../../../i18n/use-t';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { refusedField, textProblem } from '../../../ui/field-problem';
import { ReasonField } from '../../../ui/TextField';
import { FormDialog } from '../../../ui/FormDialog';
import { useSubmit } from '../../../ui/use-submit';
import { useVoterErrorText } from '../voter-error';
import { removalBasisKey } from '../voters-audit-summary';

export type RemovalDecision = 'approve' | 'refuse';

interface RemovalDecisionDialogProps {
  request: RemovalRequestView;
  decision: RemovalDecision;
  onDecided: (view: RemovalRequestView) => void;
  onCancel: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * The chair or deputy chair decides a removal request: an approval is confirmed (the voter
 * leaves the list), a refusal needs its reason.
 */
export function RemovalDecisionDialog({
  request,
  decision,
  onDecided,
  onCancel,
  returnFocusRef,
}: RemovalDecisionDialogProps) {
  const t = useT();
  const errorText = useVoterErrorText();
  const { busy, error, setError, submit } = useSubmit();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function decide() {
    if (decision === 'refuse' && !reason.trim()) {
      setProblem('validation.required');
      setError(null);
      return;
    }
    setProblem(null);
    const done = await submit(() =>
      mutate('decideRemoval', {
        requestId: request.requestId,
        decision,
        reason: decision === 'refuse' ? reason : null,
      }),
    );
    if (done) onDecided(done.value);
  }

  const basis = t(removalBasisKey(request.basis));
  if (decision === 'approve') {
    return (
      <ConfirmDialog
        title={t('voters.decide.approveTitle', { name: request.voterName })}
        explanation={t('voters.decide.approveExplain', { basis, reason: request.reason })}
        confirmLabel={t('voters.decide.approve')}
        busy={busy}
        error={errorText(error)}
        onConfirm={() => void decide()}
        onCancel={onCancel}
        returnFocusRef={returnFocusRef}
      />
    );
  }
  const refused = refusedField(error) === 'reason';
  const reasonProblem = problem ?? (refused ? textProblem(reason, TEXT_LIMITS.reason) : null);
  return (
    <FormDialog
      title={t('voters.decide.refuseTitle', { name: request.voterName })}
      explanation={t('voters.decide.refuseExplain', { basis, reason: request.reason })}
      submitLabel={t('voters.decide.refuse')}
      busy={busy}
      error={refused ? null : errorText(error)}
      onSubmit={() => void decide()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <ReasonField
        label={t('voters.decide.refusalReason')}
        error={reasonProblem ? t(reasonProblem) : null}
        value={reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
