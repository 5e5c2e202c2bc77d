import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../i18n/use-t';
import { TextField } from './TextField';

interface HelperNameFieldProps {
  value: string;
  onValueChange: (value: string) => void;
}

/** Who helped the voter mark the ballot, if anyone: where a ballot is issued, at the desk or at home. */
export function HelperNameField({ value, onValueChange }: HelperNameFieldProps) {
  const t = useT();
  return (
    <TextField
      label={t('voters.ballot.helper')}
      hint={t('voters.ballot.helperHint')}
      autoComplete="off"
      className="input-wide"
      maxLength={TEXT_LIMITS.name}
      value={value}
      onValueChange={onValueChange}
    />
  );
}
