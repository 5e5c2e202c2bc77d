import { useState } from 'react';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import type { ApiError } from '../../../../shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { refusalResult, useSubmit } from '../../ui/use-submit';

interface NameReasonDialogProps {
  title: string;
  explanation: string;
  nameLabel: string;
  textLabel: string;
  submitLabel: string;
  /** Resolves to null when done, or the core's refusal. */
  onSubmit: (name: string, text: string) => Promise<ApiError | null>;
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
  onSubmit,
  onCancel,
}: NameReasonDialogProps) {
  const t = useT();
  const language = useLanguage();
  const { busy, error, submit } = useSubmit();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState({ name: false, text: false });

  async function send() {
    const problems = { name: !name.trim(), text: !text.trim() };
    setMissing(problems);
    if (problems.name || problems.text) return;
    await submit(async () => {
      const refused = await onSubmit(name.trim(), text.trim());
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
      <TextField
        label={textLabel}
        error={missing.text ? required : null}
        announceError
        autoComplete="off"
        className="input-wide"
        maxLength={TEXT_LIMITS.reason}
        value={text}
        onValueChange={setText}
      />
    </FormDialog>
  );
}
