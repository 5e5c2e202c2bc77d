import { useState, type RefObject } from 'react';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { BallotView } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { refusedField, textProblem } from '../../../ui/field-problem';
import { ReasonField } from '../../../ui/TextField';
import { useSessionStore } from '../../../app-state/session-store';
import { useSubmit } from '../../../ui/use-submit';
import { useVoterErrorText } from '../voter-error';
import { FormDialog } from '../../../ui/FormDialog';

interface UndoBallotDialogProps {
  ballot: BallotView;
  voterName: string;
  onUndone: () => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** The chair undoes a ballot issued in error, with the reason; the voter may then get one. */
export function UndoBallotDialog({
  ballot,
  voterName,
  onUndone,
  onCancel,
  returnFocusRef,
}: UndoBallotDialogProps) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const errorText = useVoterErrorText();
  const { busy, error, submit } = useSubmit();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function undo() {
    if (!reason.trim()) {
      setProblem('validation.required');
      return;
    }
    setProblem(null);
    const result = await submit(() =>
      mutate('undoBallot', { ballotId: ballot.ballotId, reason: reason.trim() }),
    );
    if (result === null) return;
    onUndone();
  }

  const refused = refusedField(error) === 'reason';
  const reasonProblem = problem ?? (refused ? textProblem(reason, TEXT_LIMITS.reason) : null);
  return (
    <FormDialog
      title={t('voters.undo.title', { name: voterName })}
      explanation={t('voters.undo.explain', {
        at: formatInstant(ballot.issuedAt, timeZone, language),
        by: ballot.issuedByName ?? t('audit.unknownMember'),
      })}
      submitLabel={t('voters.undo.submit')}
      busy={busy}
      error={refused ? null : errorText(error)}
      onSubmit={() => void undo()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <ReasonField
        label={t('voters.reason')}
        error={reasonProblem ? t(reasonProblem) : null}
        value={reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
