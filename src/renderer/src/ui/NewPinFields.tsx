import type { ErrorCode } from '../../../shared/result';
import { errorKey } from '../i18n/message-keys';
import { useT } from '../i18n/use-t';
import { Field } from './Field';

interface NewPinFieldsProps {
  pin: string;
  repeat: string;
  onPinChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  /** The result of checkNewPin, shown at the field it concerns. */
  problem: ErrorCode | null;
}

/** "New PIN" and "Repeat new PIN", with the PIN rules as a hint. */
export function NewPinFields({
  pin,
  repeat,
  onPinChange,
  onRepeatChange,
  problem,
}: NewPinFieldsProps) {
  const t = useT();
  return (
    <>
      <Field
        label={t('pin.new')}
        hint={t('pin.rules')}
        error={problem === 'pin_format' ? t(errorKey(problem)) : null}
        announceError
      >
        {(control) => (
          <input
            {...control}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(event) => onPinChange(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('pin.repeat')}
        error={problem === 'pin_mismatch' ? t(errorKey(problem)) : null}
        announceError
      >
        {(control) => (
          <input
            {...control}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => onRepeatChange(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
