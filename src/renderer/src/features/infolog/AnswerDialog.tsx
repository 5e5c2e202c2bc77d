import { useState, type FormEvent } from 'react';
import type { InfoLogEntryView } from '../../../../shared/infolog/infolog-contract';
import type { ApiError } from '../../../../shared/result';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatCalendarDate } from '../../ui/date-time-format';
import { Modal } from '../../ui/Modal';
import { useErrorText } from '../../app-state/use-error-text';
import {
  ANSWER_FORM,
  isShown,
  responseOf,
  specProblems,
  type FormValue,
  type FormValues,
} from './entry-form';
import { fieldProblemOf } from './entry-problems';
import { EntryFields } from './EntryFields';
import { useInfoLogStore } from './infolog-store';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { momentOf, formatMoment } from '../../ui/moment';

/** The commission answers a complaint, or forwards it to a higher commission. */
export function AnswerDialog({ entry, now }: { entry: InfoLogEntryView; now: string }) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const answer = useInfoLogStore((state) => state.answer);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const [values, setValues] = useState<FormValues>({
    'response.outcome': 'answered',
    'response.at': momentOf(now),
    'response.text': '',
    'response.forwardedTo': '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();

  const change = (name: string, value: FormValue) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = Object.fromEntries(
      Object.entries(specProblems(ANSWER_FORM, values)).map(([field, key]) => [field, t(key)]),
    );
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      reveal();
      return;
    }
    setBusy(true);
    const refused = await answer(entry, responseOf(values));
    setBusy(false);
    if (!refused) return;
    const shown = ANSWER_FORM.filter((spec) => isShown(spec, values)).map((spec) => spec.name);
    const textOf = (name: string) => {
      const spec = ANSWER_FORM.find((each) => each.name === name);
      return spec && (spec.type === 'text' || spec.type === 'textarea')
        ? { value: String(values[name]), maxLength: spec.maxLength }
        : null;
    };
    // The core names the answer's fields as `response.…`, as this form does.
    const atField = fieldProblemOf(refused, textOf, shown, t);
    if (atField) {
      setProblems({ [atField.field]: atField.message });
      reveal();
    } else {
      setError(refused);
    }
  }

  const due = entry.complaint?.deadline.dueDate;
  return (
    <Modal title={t('infolog.dialog.answer', { number: entry.number })} onCancel={closeDialog}>
      {due ? (
        <p>
          {t('infolog.answerDue', {
            received: formatMoment(entry.occurredLocal, language),
            date: formatCalendarDate(due, language),
          })}
        </p>
      ) : null}
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <EntryFields specs={ANSWER_FORM} values={values} problems={problems} onChange={change} />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('infolog.submitAnswer')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
