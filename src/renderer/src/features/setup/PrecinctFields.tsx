import { useT } from '../../i18n/use-t';
import { SetupTextField } from './SetupTextField';

/** Which precinct this laptop serves. */
export function PrecinctFields() {
  const t = useT();
  return (
    <fieldset className="form-section">
      <legend>{t('setup.precinctSection')}</legend>
      <SetupTextField
        field="precinctNumber"
        label={t('setup.precinctNumber')}
        inputMode="numeric"
      />
      <SetupTextField field="precinctName" label={t('setup.precinctName')} wide />
      <SetupTextField field="region" label={t('setup.region')} wide />
      <SetupTextField field="district" label={t('setup.district')} wide />
      <SetupTextField field="address" label={t('setup.address')} wide />
    </fieldset>
  );
}
