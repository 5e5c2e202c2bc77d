import { useState, type FormEvent } from 'react';
import type { ApiError } from '@shared/result';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { WholeNumberField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import { useSettingsStore } from './settings-store';

const MIN_MINUTES = 1;
const MAX_MINUTES = 120;

/** How long the app waits without input before it locks itself. */
export function AutoLockForm({ current }: { current: number }) {
  const t = useT();
  const errorText = useErrorText();
  const saveAutoLock = useSettingsStore((state) => state.saveAutoLock);
  const [value, setValue] = useState(String(current));
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const minutes = Number(value);
    const ok = Number.isInteger(minutes) && minutes >= MIN_MINUTES && minutes <= MAX_MINUTES;
    setInvalid(!ok);
    setError(null);
    if (!ok) return;
    setError(await saveAutoLock(minutes));
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <WholeNumberField
        label={t('settings.autoLockMinutes')}
        hint={t('settings.autoLockHint', { min: MIN_MINUTES, max: MAX_MINUTES })}
        error={
          invalid ? t('settings.autoLockInvalid', { min: MIN_MINUTES, max: MAX_MINUTES }) : null
        }
        announceError
        min={MIN_MINUTES}
        max={MAX_MINUTES}
        value={value}
        onValueChange={setValue}
      />
      <ErrorAlert message={errorText(error)} />
      <button type="submit" className="button-primary">
        {t('settings.autoLockSave')}
      </button>
    </form>
  );
}
