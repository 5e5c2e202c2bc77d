import type { ErrorCode } from '@shared/result';
import { errorKey } from '../i18n/message-keys';
import { useT } from '../i18n/use-t';
import { PinField } from './TextField';

export interface NewPinFieldsProps {
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
      <PinField
        label={t('pin.new')}
        hint={t('pin.rules')}
        error={problem === 'pin_format' ? t(errorKey(problem)) : null}
        announceError
        autoComplete="new-password"
        value={pin}
        onValueChange={onPinChange}
      />
      <PinField
        label={t('pin.repeat')}
        error={problem === 'pin_mismatch' ? t(errorKey(problem)) : null}
        announceError
        autoComplete="new-password"
        value={repeat}
        onValueChange={onRepeatChange}
      />
    </>
  );
}
