import { useId, useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import type { ApiError } from '../../../../shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';

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
  const explanationId = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState({ name: false, text: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const problems = { name: !name.trim(), text: !text.trim() };
    setMissing(problems);
    if (problems.name || problems.text) return;
    setBusy(true);
    const refused = await onSubmit(name.trim(), text.trim());
    setBusy(false);
    if (refused) setError(refused);
  }

  const required = t('validation.required');
  return (
    <Modal title={title} role="alertdialog" describedBy={explanationId} onCancel={onCancel}>
      <p id={explanationId}>{explanation}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
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
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {submitLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
