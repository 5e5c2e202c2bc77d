import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { SetupTextField } from './SetupTextField';
import { useSetupStore } from './setup-store';

/** What is being voted on, when, and during which hours. */
export function ElectionFields() {
  const t = useT();
  const kind = useSetupStore((state) => state.form.electionKind);
  const update = useSetupStore((state) => state.update);
  const id = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('setup.electionSection')}</legend>
      <fieldset className="choice-group">
        <legend>{t('setup.electionKind')}</legend>
        {(['election', 'referendum'] as const).map((option) => (
          <div key={option} className="choice">
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => update({ electionKind: option })}
            />
            <label htmlFor={`${id}-${option}`}>{t(`setup.kind.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      <SetupTextField field="electionName" label={t('setup.electionName')} wide />
      <SetupTextField field="votingDay" label={t('setup.votingDay')} type="date" />
      <div className="field-row">
        <SetupTextField field="opens" label={t('setup.opens')} type="time" />
        <SetupTextField field="closes" label={t('setup.closes')} type="time" />
      </div>
    </fieldset>
  );
}
