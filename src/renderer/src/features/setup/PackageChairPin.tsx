import { useId, useState } from 'react';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatDateIn, formatTimeIn } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { NewPinFields } from '../../ui/NewPinFields';
import { PageHeading } from '../../ui/PageHeading';
import { useNewPinForm } from '../../ui/use-new-pin-form';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

/**
 * After a package set the precinct up: the chair (one of the package's members) confirms the
 * clock and sets a PIN, then receives the recovery code, as at a manual setup.
 */
export function PackageChairPin({
  chairs,
  onDone,
}: {
  chairs: { memberId: string; fullName: string }[];
  onDone: (recoveryCode: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const clock = useSessionStore((state) => state.appState?.clock);
  const [chair, setChair] = useState(chairs[0]?.memberId ?? '');
  const [clockConfirmed, setClockConfirmed] = useState(false);
  const [clockMissing, setClockMissing] = useState(false);
  // The app started on a package loaded before: its store opens with the handover code.
  const [askCode, setAskCode] = useState(false);
  const [handoverCode, setHandoverCode] = useState('');
  const clockId = useId();
  const clockHint = useId();
  const form = useNewPinForm(
    (pin) => {
      if (!clockConfirmed) {
        setClockMissing(true);
        return { code: 'invalid_input', message: 'The clock is not confirmed' };
      }
      return callApi('setPackageChairPin', {
        memberId: chair,
        pin,
        clockConfirmed: true,
        ...(askCode ? { handoverCode } : {}),
      }).then((result) => {
        if (!result.ok && result.error.code === 'wrong_handover_code') setAskCode(true);
        return result;
      });
    },
    (value) => onDone(value.recoveryCode),
  );
  const now = clock ? new Date(clock.nowIso) : null;

  return (
    <>
      <PageHeading focusOnMount>{t('package.chairTitle')}</PageHeading>
      <p>{t('package.chairIntro')}</p>
      <form noValidate onSubmit={(event) => void form.submit(event)}>
        <Field label={t('package.chair')}>
          {(control) => (
            <select {...control} value={chair} onChange={(event) => setChair(event.target.value)}>
              {chairs.map((c) => (
                <option key={c.memberId} value={c.memberId}>
                  {c.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        {askCode ? (
          <Field label={t('atRest.handoverCode')} hint={t('atRest.handoverCodeHint')}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                spellCheck={false}
                value={handoverCode}
                onChange={(event) => setHandoverCode(event.target.value)}
              />
            )}
          </Field>
        ) : null}
        <NewPinFields {...form.fields} />
        {clock && now ? (
          <p className="clock-reading">
            {t('setup.clockReading', {
              zone: clock.timeZone,
              date: formatDateIn(now, clock.timeZone, language),
              time: formatTimeIn(now, clock.timeZone, language),
            })}
          </p>
        ) : null}
        <div className="choice">
          <input
            id={clockId}
            type="checkbox"
            checked={clockConfirmed}
            aria-invalid={clockMissing && !clockConfirmed ? true : undefined}
            aria-describedby={clockMissing && !clockConfirmed ? clockHint : undefined}
            onChange={(event) => {
              setClockConfirmed(event.target.checked);
              setClockMissing(false);
            }}
          />
          <label htmlFor={clockId}>{t('setup.clockConfirm')}</label>
        </div>
        {clockMissing && !clockConfirmed ? (
          <ErrorAlert id={clockHint} message={t('validation.clockConfirm')} />
        ) : null}
        <ErrorAlert message={clockMissing ? null : errorText(form.error)} />
        <button type="submit" className="button-primary" aria-disabled={form.busy || undefined}>
          {t('package.setPin')}
        </button>
      </form>
    </>
  );
}
