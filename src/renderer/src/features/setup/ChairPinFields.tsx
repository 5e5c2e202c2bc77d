import { useT } from '../../i18n/use-t';
import { SetupTextField } from './SetupTextField';

/** The chair's first PIN, typed twice. */
export function ChairPinFields() {
  const t = useT();
  return (
    <fieldset className="form-section">
      <legend>{t('setup.chairPinSection')}</legend>
      <SetupTextField
        field="chairPin"
        label={t('setup.chairPin')}
        hint={t('pin.rules')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
      />
      <SetupTextField
        field="chairPinRepeat"
        label={t('setup.chairPinRepeat')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
      />
    </fieldset>
  );
}
