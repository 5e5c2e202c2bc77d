import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { ReasonField } from '../../ui/TextField';
import { refusalResult, useSubmit } from '../../ui/use-submit';

interface NameReasonDialogProps {
  title: string;
  explanation: string;
  textLabel: string;
  submitLabel: string;
  /** A choice that goes with the decision (a checkbox, unchecked until chosen). */
  option?: { label: string; hint: string };
  /** Resolves to null when done, or the core's refusal. */
  onSubmit: (text: string, option: boolean) => Promise<ApiError | null>;
  onCancel: () => void;
}

/**
 * A supervisor's decision that is kept with who took it (deciding an alarm, revoking a
 * device): the logged-in account is recorded as its author, and the text is required (marked
 * at its field when missing).
 */
export function NameReasonDialog({
  title,
  explanation,
  textLabel,
  submitLabel,
  option,
  onSubmit,
  onCancel,
}: NameReasonDialogProps) {
  const t = useT();
  const language = useLanguage();
  const { busy, error, submit } = useSubmit();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState(false);
  const [missing, setMissing] = useState({ text: false });

  async function send() {
    const problems = { text: !text.trim() };
    setMissing(problems);
    if (problems.text) return;
    await submit(async () => {
      const refused = await onSubmit(text.trim(), chosen);
      return refusalResult(refused);
    });
  }

  const required = t('validation.required');
  return (
    <FormDialog
      title={title}
      role="alertdialog"
      explanation={explanation}
      submitLabel={submitLabel}
      busy={busy}
      error={error ? describeError(error, language) : null}
      onSubmit={send}
      onCancel={onCancel}
    >
      <ReasonField
        label={textLabel}
        error={missing.text ? required : null}
        value={text}
        onValueChange={setText}
      />
      {option ? (
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={chosen}
              aria-describedby="name-reason-option-hint"
              onChange={(event) => setChosen(event.target.checked)}
            />
            {option.label}
          </label>
          <p className="field-hint" id="name-reason-option-hint">
            {option.hint}
          </p>
        </div>
      ) : null}
    </FormDialog>
  );
}
