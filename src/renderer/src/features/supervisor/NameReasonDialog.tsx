import { useState } from 'react';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { ApiError } from '@shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { ReasonField, TextField } from '../../ui/TextField';
import { refusalResult, useSubmit } from '../../ui/use-submit';

interface NameReasonDialogProps {
  title: string;
  explanation: string;
  nameLabel: string;
  textLabel: string;
  submitLabel: string;
  /** A choice that goes with the decision (a checkbox, unchecked until chosen). */
  option?: { label: string; hint: string };
  /** Resolves to null when done, or the core's refusal. */
  onSubmit: (name: string, text: string, option: boolean) => Promise<ApiError | null>;
  onCancel: () => void;
}

/**
 * A supervisor's decision that is kept with who took it (deciding an alarm, revoking a
 * device): the name and the text are both required, and a missing one is marked at its field.
 */
export function NameReasonDialog({
  title,
  explanation,
  nameLabel,
  textLabel,
  submitLabel,
  option,
  onSubmit,
  onCancel,
}: NameReasonDialogProps) {
  const t = useT();
  const language = useLanguage();
  const { busy, error, submit } = useSubmit();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState(false);
  const [missing, setMissing] = useState({ name: false, text: false });

  async function send() {
    const problems = { name: !name.trim(), text: !text.trim() };
    setMissing(problems);
    if (problems.name || problems.text) return;
    await submit(async () => {
      const refused = await onSubmit(name.trim(), text.trim(), chosen);
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
      <TextField
        label={nameLabel}
        error={missing.name ? required : null}
        announceError
        autoComplete="name"
        maxLength={TEXT_LIMITS.name}
        value={name}
        onValueChange={setName}
      />
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
