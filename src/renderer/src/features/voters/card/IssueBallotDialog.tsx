import { HelperNameField } from '../../../ui/HelperNameField';
import { useState, type RefObject } from 'react';
import type { BallotView, VoterSummary } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatCalendarDate } from '../../../ui/date-time-format';
import { CheckboxField, Facts } from '../../../ui/form-fields';
import { useSubmit } from '../../../ui/use-submit';
import { useVoterErrorText } from '../voter-error';
import { voterFullName } from '../../../ui/voter-text';
import { FormDialog } from '../../../ui/FormDialog';

interface IssueBallotDialogProps {
  voter: VoterSummary;
  onIssued: (ballot: BallotView) => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/**
 * Issuing a ballot: the member compares the ID document with the list (the whole IIN is shown
 * here for that), confirms it was shown, and records a helper's name if the voter brought one.
 */
export function IssueBallotDialog({
  voter,
  onIssued,
  onCancel,
  returnFocusRef,
}: IssueBallotDialogProps) {
  const t = useT();
  const language = useLanguage();
  const errorText = useVoterErrorText();
  const { busy, error, submit } = useSubmit();
  const [documentChecked, setDocumentChecked] = useState(false);
  const [helperName, setHelperName] = useState('');
  const [documentProblem, setDocumentProblem] = useState(false);
  const name = voterFullName(voter);

  async function issue() {
    setDocumentProblem(!documentChecked);
    if (!documentChecked) return;
    const issued = await submit(() =>
      mutate('issueBallot', { iin: voter.iin, documentChecked: true, helperName }),
    );
    if (issued) onIssued(issued.value);
  }

  return (
    <FormDialog
      title={t('voters.ballot.title', { name })}
      explanation={t('voters.ballot.explain')}
      submitLabel={t('voters.ballot.submit')}
      busy={busy}
      error={errorText(error)}
      onSubmit={() => void issue()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <Facts
        label={t('voters.ballot.compare')}
        items={[
          [t('voters.field.iin'), <span className="iin">{voter.iin}</span>],
          [t('voters.field.birth_date'), formatCalendarDate(voter.birthDate, language)],
          [t('voters.field.address'), voter.address],
        ]}
      />
      <CheckboxField
        label={t('voters.ballot.documentChecked')}
        error={documentProblem ? t('voters.ballot.documentRequired') : null}
        checked={documentChecked}
        onCheckedChange={(checked) => {
          setDocumentChecked(checked);
          if (checked) setDocumentProblem(false);
        }}
      />
      <HelperNameField value={helperName} onValueChange={setHelperName} />
    </FormDialog>
  );
}
