import { BusyButton } from '../../../ui/BusyButton';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { ErrorCode } from '@shared/result';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { InquiryAnswer } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatCalendarDate } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { TextField } from '../../../ui/TextField';
import { useSessionStore } from '../../../app-state/session-store';
import { Facts } from '../../../ui/form-fields';
import { useSubmit } from '../../../ui/use-submit';
import { describeVoterError } from '../voter-error';
import { voterFullName } from '../../../ui/voter-text';

type Method = 'iin' | 'name_birth';

const FIELD_OF_ERROR: Partial<Record<ErrorCode, 'iin' | 'name' | 'birthDate'>> = {
  voter_iin_invalid: 'iin',
  voter_birth_date_invalid: 'birthDate',
  value_required: 'name',
};

/**
 * "Am I on the list?": a citizen's IIN, or name and birth date, answered with this precinct's
 * polling place and hours, or with where to turn next. The core counts each inquiry without
 * keeping who asked; the form forgets the question once answered.
 */
export function InquiryArea() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const { busy, error, setError, submit } = useSubmit();
  const [method, setMethod] = useState<Method>('iin');
  const [iin, setIin] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [problems, setProblems] = useState<
    Partial<Record<'iin' | 'name' | 'birthDate', MessageKey>>
  >({});
  const [answer, setAnswer] = useState<InquiryAnswer | null>(null);

  async function ask(event: FormEvent) {
    event.preventDefault();
    const check =
      method === 'iin'
        ? { iin: iin.trim() ? undefined : ('validation.required' as const) }
        : {
            name: name.trim() ? undefined : ('validation.required' as const),
            birthDate: birthDate ? undefined : ('validation.required' as const),
          };
    setProblems(check);
    setAnswer(null);
    if (Object.values(check).some(Boolean)) {
      setError(null);
      return;
    }
    const done = await submit(() =>
      callApi(
        'answerInquiry',
        method === 'iin' ? { by: 'iin', iin: iin.trim() } : { by: 'name_birth', name, birthDate },
      ),
    );
    if (!done) return;
    setAnswer(done.value);
    // Nothing of the citizen's question stays on screen for the next one.
    setIin('');
    setName('');
    setBirthDate('');
  }

  const errorField = error ? FIELD_OF_ERROR[error.code] : undefined;
  const fieldError = (field: 'iin' | 'name' | 'birthDate') => {
    const problem = problems[field];
    if (problem) return t(problem);
    return error && errorField === field ? describeVoterError(error, language, timeZone) : null;
  };

  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.inquiry.title')}</h2>
      <p>{t('voters.inquiry.intro')}</p>
      <form noValidate onSubmit={(event) => void ask(event)}>
        <fieldset className="choice-group">
          <legend>{t('voters.inquiry.method')}</legend>
          {(['iin', 'name_birth'] as const).map((option) => (
            <div key={option} className="choice">
              <input
                type="radio"
                id={`${id}-${option}`}
                name={`${id}-method`}
                checked={method === option}
                onChange={() => {
                  setMethod(option);
                  setProblems({});
                  setError(null);
                }}
              />
              <label htmlFor={`${id}-${option}`}>
                {option === 'iin' ? t('voters.inquiry.byIin') : t('voters.inquiry.byName')}
              </label>
            </div>
          ))}
        </fieldset>
        {method === 'iin' ? (
          <TextField
            label={t('voters.field.iin')}
            error={fieldError('iin')}
            announceError
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={iin}
            onValueChange={setIin}
          />
        ) : (
          <>
            <TextField
              label={t('voters.inquiry.name')}
              hint={t('voters.inquiry.nameHint')}
              error={fieldError('name')}
              announceError
              autoComplete="off"
              className="input-wide"
              maxLength={TEXT_LIMITS.name * 3}
              value={name}
              onValueChange={setName}
            />
            <TextField
              label={t('voters.field.birth_date')}
              error={fieldError('birthDate')}
              announceError
              type="date"
              value={birthDate}
              onValueChange={setBirthDate}
            />
          </>
        )}
        <ErrorAlert
          message={error && !errorField ? describeVoterError(error, language, timeZone) : null}
        />
        <div className="button-row">
          <BusyButton busy={busy}>{t('voters.inquiry.submit')}</BusyButton>
        </div>
      </form>
      {answer ? <InquiryResult answer={answer} /> : null}
    </section>
  );
}

/** The answer, which takes focus when it appears so it is read at once. */
function InquiryResult({ answer }: { answer: InquiryAnswer }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const language = useLanguage();
  const place = answer.pollingPlace;
  const listed = answer.matches.filter((m) => m.status === 'listed');
  const removed = answer.matches.filter((m) => m.status === 'removed');
  return (
    <section
      className={`voters-part inquiry-answer ${answer.found ? 'inquiry-found' : 'inquiry-not-found'}`}
      aria-labelledby="inquiry-answer-heading"
      data-testid="inquiry-answer"
    >
      <h3 id="inquiry-answer-heading" ref={headingRef} tabIndex={-1}>
        {answer.found
          ? t('voters.inquiry.found', { number: place.precinctNumber, name: place.precinctName })
          : t('voters.inquiry.notFound')}
      </h3>
      {listed.length > 0 ? (
        <ul>
          {listed.map((match, index) => (
            <li key={index}>{voterFullName(match)}</li>
          ))}
        </ul>
      ) : null}
      {answer.found ? (
        <Facts
          items={[
            [t('voters.inquiry.address'), place.address],
            [t('voters.inquiry.day'), formatCalendarDate(place.votingDay, language)],
            [
              t('voters.inquiry.hours'),
              t('voters.inquiry.hoursValue', { opens: place.opens, closes: place.closes }),
            ],
          ]}
        />
      ) : (
        <>
          {removed.length > 0 ? <p>{t('voters.inquiry.removed')}</p> : null}
          <p>{t('voters.inquiry.nextSteps')}</p>
          <ul>
            <li>{t('voters.inquiry.stepTerritorial')}</li>
            <li>{t('voters.inquiry.stepAkimat')}</li>
            <li>{t('voters.inquiry.stepAbsentee')}</li>
          </ul>
        </>
      )}
    </section>
  );
}
