import { useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import { ROLES, type Role } from '@shared/roles';
import type { ApiError } from '@shared/result';
import { TEXT_LIMITS } from '@shared/text-limits';
import { roleKey } from '../../i18n/message-keys';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { refusedField, textProblem } from '../../ui/field-problem';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import { useSettingsStore } from './settings-store';

/** A new member joins the commission; the chair then gives them a temporary PIN. */
export function AddMemberForm() {
  const t = useT();
  const errorText = useErrorText();
  const addMember = useSettingsStore((state) => state.addMember);
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [nameProblem, setNameProblem] = useState<MessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing = !fullName.trim();
    setNameProblem(missing ? 'validation.required' : null);
    setError(null);
    if (missing) return;
    setBusy(true);
    const problem = await addMember({ fullName: fullName.trim(), role });
    setBusy(false);
    if (!problem) {
      setFullName('');
      setRole('member');
      return;
    }
    // The core refused the name itself: say so at the name field.
    if (refusedField(problem) === 'fullName') {
      setNameProblem(textProblem(fullName, TEXT_LIMITS.name));
      return;
    }
    setError(problem);
  }

  return (
    <form noValidate className="add-member" onSubmit={(event) => void submit(event)}>
      <h3>{t('members.addTitle')}</h3>
      <div className="field-row">
        <TextField
          label={t('members.fullName')}
          error={nameProblem ? t(nameProblem) : null}
          announceError
          autoComplete="off"
          maxLength={TEXT_LIMITS.name}
          value={fullName}
          onValueChange={setFullName}
        />
        <Field label={t('members.role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) =>
                setRole(ROLES.find((option) => option === event.target.value) ?? 'member')
              }
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(roleKey(option))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorAlert message={errorText(error)} />
      <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
        {t('members.addSubmit')}
      </button>
    </form>
  );
}
