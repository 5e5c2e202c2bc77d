import { usePermission } from '../../app-state/use-permission';
import { useState, type FormEvent } from 'react';
import { DEADLINE_LIMITS, type ComplaintDeadlineRules } from '@shared/infolog/complaint-deadline';
import type { InfoLogSettings } from '@shared/infolog/infolog-contract';
import type { ApiError } from '@shared/result';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { WholeNumberField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import { useInfoLogStore } from './infolog-store';

/** The complaint deadlines in force; the chair may change them (a package will set them). */
export function DeadlineSettings() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const settings = useInfoLogStore((state) => state.settings);
  const canEdit = usePermission('settings.edit');
  if (!settings) return null;
  const { deadlines } = settings;
  return (
    <section className="deadline-settings" aria-labelledby="infolog-deadlines-heading">
      <h3 id="infolog-deadlines-heading">{t('infolog.deadlinesHeading')}</h3>
      <p>
        {t('infolog.deadlinesSummary', {
          standard: tp('infolog.days', deadlines.standardDays),
          voterList: tp('infolog.days', deadlines.voterListDays),
          votingDay: settings.votingDay ? formatCalendarDate(settings.votingDay, language) : '',
          before: tp('infolog.days', deadlines.sameDayDaysBefore),
        })}{' '}
        {t(`infolog.deadlinesSource.${settings.source}`)}
      </p>
      {canEdit ? <DeadlinesForm key={JSON.stringify(deadlines)} settings={settings} /> : null}
    </section>
  );
}

type Fields = Record<keyof ComplaintDeadlineRules, string>;

const FIELDS: {
  name: keyof ComplaintDeadlineRules;
  label: 'infolog.standardDays' | 'infolog.voterListDays' | 'infolog.sameDayDaysBefore';
  limits: { min: number; max: number };
}[] = [
  { name: 'standardDays', label: 'infolog.standardDays', limits: DEADLINE_LIMITS.days },
  { name: 'voterListDays', label: 'infolog.voterListDays', limits: DEADLINE_LIMITS.days },
  {
    name: 'sameDayDaysBefore',
    label: 'infolog.sameDayDaysBefore',
    limits: DEADLINE_LIMITS.sameDayDaysBefore,
  },
];

function DeadlinesForm({ settings }: { settings: InfoLogSettings }) {
  const t = useT();
  const errorText = useErrorText();
  const saveDeadlines = useInfoLogStore((state) => state.saveDeadlines);
  const [values, setValues] = useState<Fields>({
    standardDays: String(settings.deadlines.standardDays),
    voterListDays: String(settings.deadlines.voterListDays),
    sameDayDaysBefore: String(settings.deadlines.sameDayDaysBefore),
  });
  const [invalid, setInvalid] = useState<Partial<Record<keyof ComplaintDeadlineRules, boolean>>>(
    {},
  );
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const numbers: ComplaintDeadlineRules = {
      standardDays: Number(values.standardDays),
      voterListDays: Number(values.voterListDays),
      sameDayDaysBefore: Number(values.sameDayDaysBefore),
    };
    const wrong = Object.fromEntries(
      FIELDS.map(({ name, limits }) => {
        const n = numbers[name];
        return [
          name,
          values[name] === '' || !Number.isInteger(n) || n < limits.min || n > limits.max,
        ];
      }),
    );
    setInvalid(wrong);
    setError(null);
    if (Object.values(wrong).some(Boolean)) return;
    setError(await saveDeadlines(numbers));
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <div className="field-row">
        {FIELDS.map(({ name, label, limits }) => (
          <WholeNumberField
            key={name}
            label={t(label)}
            hint={t('infolog.daysHint', limits)}
            error={invalid[name] ? t('infolog.wholeNumber', limits) : null}
            announceError
            min={limits.min}
            max={limits.max}
            value={values[name]}
            onValueChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
          />
        ))}
      </div>
      <p className="field-hint">{t('infolog.deadlinesApply')}</p>
      <ErrorAlert message={errorText(error)} />
      <button type="submit" className="button-secondary">
        {t('infolog.saveDeadlines')}
      </button>
    </form>
  );
}
