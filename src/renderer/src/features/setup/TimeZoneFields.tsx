import { useEffect, useId, useState } from 'react';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatDateIn, formatTimeIn, isKnownTimeZone } from '../../ui/date-time-format';
import { Field, FieldError } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useSessionStore } from '../../app-state/session-store';
import { COMMON_TIME_ZONES, OTHER_TIME_ZONE, chosenTimeZone } from './setup-form';
import { useSetupStore } from './setup-store';

/** The core's clock reading, advanced by the time since it was read (every 10 s). */
function useCoreNow(baseIso: string): Date {
  const [now, setNow] = useState(() => new Date(baseIso));
  useEffect(() => {
    const readAt = Date.now();
    const base = Date.parse(baseIso);
    const timer = setInterval(() => setNow(new Date(base + Date.now() - readAt)), 10_000);
    return () => clearInterval(timer);
  }, [baseIso]);
  return now;
}

/** The precinct's time zone, and the user's confirmation that the clock is right in it. */
export function TimeZoneFields() {
  const t = useT();
  const language = useLanguage();
  const form = useSetupStore((state) => state.form);
  const errors = useSetupStore((state) => state.errors);
  const update = useSetupStore((state) => state.update);
  const nowIso = useSessionStore((state) => state.appState?.clock.nowIso ?? '');
  const now = useCoreNow(nowIso);
  const zone = chosenTimeZone(form);
  const zoneKnown = zone !== '' && isKnownTimeZone(zone);
  const checkboxId = useId();
  const confirmError = errors.clockConfirmed;

  return (
    <fieldset className="form-section">
      <legend>{t('setup.timeSection')}</legend>
      <Field
        label={t('setup.timeZone')}
        error={errors.timeZoneChoice ? t(errors.timeZoneChoice) : null}
      >
        {(control) => (
          <select
            {...control}
            value={form.timeZoneChoice}
            onChange={(event) => update({ timeZoneChoice: event.target.value })}
          >
            {COMMON_TIME_ZONES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
            <option value={OTHER_TIME_ZONE}>{t('setup.timeZoneOther')}</option>
          </select>
        )}
      </Field>
      {form.timeZoneChoice === OTHER_TIME_ZONE ? (
        <TextField
          label={t('setup.otherTimeZone')}
          hint={t('setup.otherTimeZoneHint')}
          error={errors.otherTimeZone ? t(errors.otherTimeZone) : null}
          autoComplete="off"
          spellCheck={false}
          value={form.otherTimeZone}
          onValueChange={(otherTimeZone) => update({ otherTimeZone })}
        />
      ) : null}
      <p className="clock-reading">
        {zoneKnown && nowIso
          ? t('setup.clockReading', {
              zone,
              date: formatDateIn(now, zone, language),
              time: formatTimeIn(now, zone, language),
            })
          : t('setup.clockUnknownZone')}
      </p>
      <div className="choice">
        <input
          type="checkbox"
          id={checkboxId}
          checked={form.clockConfirmed}
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={`${checkboxId}-hint${confirmError ? ` ${checkboxId}-error` : ''}`}
          onChange={(event) => update({ clockConfirmed: event.target.checked })}
        />
        <label htmlFor={checkboxId}>{t('setup.clockConfirm')}</label>
      </div>
      <p id={`${checkboxId}-hint`} className="field-hint">
        {t('setup.clockConfirmHint')}
      </p>
      <FieldError id={`${checkboxId}-error`} error={confirmError ? t(confirmError) : null} />
    </fieldset>
  );
}
