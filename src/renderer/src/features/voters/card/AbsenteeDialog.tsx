import { useState, type RefObject } from 'react';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { VoterSummary } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useT } from '../../../i18n/use-t';
import { refusedField } from '../../../ui/field-problem';
import { TextField } from '../../../ui/TextField';
import { useSessionStore } from '../../../app-state/session-store';
import { useSubmit } from '../../../ui/use-submit';
import { useVoterErrorText } from '../voter-error';
import { voterFullName } from '../../../ui/voter-text';
import { FormDialog } from '../../../ui/FormDialog';

interface AbsenteeDialogProps {
  voter: VoterSummary;
  onRecorded: () => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/**
 * Recording an absentee certificate the voter took to vote elsewhere: its number and date.
 * The core accepts it until 18:00 precinct time on the day before voting.
 */
export function AbsenteeDialog({
  voter,
  onRecorded,
  onCancel,
  returnFocusRef,
}: AbsenteeDialogProps) {
  const t = useT();
  const errorText = useVoterErrorText();
  const today = useSessionStore((state) => state.appState?.clock.localDate ?? '');
  const { busy, error, setError, submit } = useSubmit();
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [problems, setProblems] = useState<{ number?: MessageKey; issuedOn?: MessageKey }>({});

  async function record() {
    const check = {
      number: !number.trim() ? ('validation.required' as const) : undefined,
      issuedOn: !/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)
        ? ('validation.required' as const)
        : undefined,
    };
    setProblems(check);
    if (check.number || check.issuedOn) {
      setError(null);
      return;
    }
    const done = await submit(() =>
      mutate('issueAbsenteeCertificate', { iin: voter.iin, number: number.trim(), issuedOn }),
    );
    if (done) onRecorded();
  }

  const refused = refusedField(error);
  const numberError = problems.number
    ? t(problems.number)
    : refused === 'number'
      ? t('validation.invalid')
      : null;
  const dateError =
    refused === 'issuedOn'
      ? t('voters.absentee.dateInvalid')
      : problems.issuedOn
        ? t(problems.issuedOn)
        : null;
  return (
    <FormDialog
      title={t('voters.absentee.title', { name: voterFullName(voter) })}
      explanation={t('voters.absentee.explain')}
      submitLabel={t('voters.absentee.submit')}
      busy={busy}
      error={refused === 'number' || refused === 'issuedOn' ? null : errorText(error)}
      onSubmit={() => void record()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <TextField
        label={t('voters.absentee.number')}
        error={numberError}
        announceError
        autoComplete="off"
        maxLength={TEXT_LIMITS.place}
        value={number}
        onValueChange={setNumber}
      />
      <TextField
        label={t('voters.absentee.issuedOn')}
        error={dateError}
        announceError
        type="date"
        max={today || undefined}
        value={issuedOn}
        onValueChange={setIssuedOn}
      />
    </FormDialog>
  );
}
