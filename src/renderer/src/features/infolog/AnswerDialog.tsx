import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { useLanguage, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { formatCalendarDate } from '../../ui/date-time-format';
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
import { useFormDialog } from '../../ui/use-form-dialog';
import { refusalResult } from '../../ui/use-submit';
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
  const { submit, dialog, problems, passes, showAt } = useFormDialog<string>(errorText);

  const change = (name: string, value: FormValue) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function send() {
    const found = Object.fromEntries(
      Object.entries(specProblems(ANSWER_FORM, values)).map(([field, key]) => [field, t(key)]),
    );
    if (!passes(found)) return;
    await submit(async () => refusalResult(await answer(entry, responseOf(values))), placeRefusal);
  }

  /** A refusal naming a field the form shows is said there. */
  function placeRefusal(refused: ApiError): boolean {
    const shown = ANSWER_FORM.filter((spec) => isShown(spec, values)).map((spec) => spec.name);
    const textOf = (name: string) => {
      const spec = ANSWER_FORM.find((each) => each.name === name);
      return spec && (spec.type === 'text' || spec.type === 'textarea')
        ? { value: String(values[name]), maxLength: spec.maxLength }
        : null;
    };
    // The core names the answer's fields as `response.…`, as this form does.
    const atField = fieldProblemOf(refused, textOf, shown, t);
    return atField ? showAt(atField.field, atField.message) : false;
  }

  const due = entry.complaint?.deadline.dueDate;
  return (
    <FormDialog
      title={t('infolog.dialog.answer', { number: entry.number })}
      explanation={
        due
          ? t('infolog.answerDue', {
              received: formatMoment(entry.occurredLocal, language),
              date: formatCalendarDate(due, language),
            })
          : undefined
      }
      submitLabel={t('infolog.submitAnswer')}
      onSubmit={send}
      onCancel={closeDialog}
      {...dialog}
    >
      <EntryFields specs={ANSWER_FORM} values={values} problems={problems} onChange={change} />
    </FormDialog>
  );
}
