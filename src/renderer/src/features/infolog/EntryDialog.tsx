import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { RecordableKind } from '@shared/infolog/entry-kinds';
import type { RecordableDetails } from '@shared/infolog/entry-schemas';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { ReasonField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import {
  AT_FIELD,
  blankValues,
  detailsOf,
  ENTRY_FORMS,
  formProblems,
  isShown,
  valuesOf,
  type FormValue,
  type FormValues,
} from './entry-form';
import { fieldProblemOf } from './entry-problems';
import { entryName, kindKey } from './infolog-text';
import { EntryFields } from './EntryFields';
import { useInfoLogStore } from './infolog-store';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { refusalResult } from '../../ui/use-submit';
import { momentText, type MomentValue } from '../../ui/moment';

const REASON_FIELD = 'reason';

type EntryDialogProps =
  | { mode: 'record'; kind: RecordableKind; now: string }
  | { mode: 'correct'; entry: InfoLogEntryView; details: RecordableDetails; now: string };

/** Recording a new entry of a kind, or correcting one (with a reason): the same form. */
export function EntryDialog(props: EntryDialogProps) {
  const t = useT();
  const errorText = useErrorText();
  const record = useInfoLogStore((state) => state.record);
  const correct = useInfoLogStore((state) => state.correct);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const kind = props.mode === 'record' ? props.kind : props.details.kind;
  const specs = ENTRY_FORMS[kind];
  const [values, setValues] = useState<FormValues>(() =>
    props.mode === 'record'
      ? blankValues(kind, props.now)
      : valuesOf(props.entry.occurredLocal, props.details, props.now),
  );
  const [reason, setReason] = useState('');
  const { submit, dialog, problems, passes, showAt } = useFormDialog<string>(errorText);

  const change = (name: string, value: FormValue) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function send() {
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(formProblems(kind, values)).map(([field, key]) => [field, t(key)]),
    );
    if (props.mode === 'correct' && !reason.trim()) found[REASON_FIELD] = t('validation.required');
    if (!passes(found)) return;
    const at = momentText(values[AT_FIELD] as MomentValue) ?? '';
    const details = detailsOf(kind, values);
    await submit(
      async () =>
        refusalResult(
          props.mode === 'record'
            ? await record(at, details)
            : await correct(props.entry, at, details, reason.trim()),
        ),
      placeRefusal,
    );
  }

  /** A refusal naming a field the form shows is said there. */
  function placeRefusal(problem: ApiError): boolean {
    const shown = [
      AT_FIELD,
      REASON_FIELD,
      ...specs.filter((spec) => isShown(spec, values)).map((spec) => spec.name),
    ];
    const textOf = (name: string) => {
      if (name === REASON_FIELD) return { value: reason, maxLength: TEXT_LIMITS.reason };
      const spec = specs.find((each) => each.name === name);
      return spec && (spec.type === 'text' || spec.type === 'textarea')
        ? { value: String(values[name]), maxLength: spec.maxLength }
        : null;
    };
    const atField = fieldProblemOf(problem, textOf, shown, t);
    return atField ? showAt(atField.field, atField.message) : false;
  }

  const title =
    props.mode === 'record'
      ? t('infolog.dialog.record', { kind: t(kindKey(kind)) })
      : t('infolog.dialog.correct', entryName(props.entry, t));

  return (
    <FormDialog
      title={title}
      explanation={props.mode === 'correct' ? t('infolog.correctExplain') : undefined}
      submitLabel={
        props.mode === 'record' ? t('infolog.submitRecord') : t('infolog.submitCorrection')
      }
      onSubmit={send}
      onCancel={closeDialog}
      {...dialog}
    >
      <MomentField
        legend={t(`infolog.at.${kind}`)}
        error={problems[AT_FIELD] ?? null}
        value={values[AT_FIELD] as MomentValue}
        onChange={(value) => change(AT_FIELD, value)}
      />
      <EntryFields specs={specs} values={values} problems={problems} onChange={change} />
      {props.mode === 'correct' ? (
        <ReasonField
          label={t('infolog.correctionReason')}
          error={problems[REASON_FIELD] ?? null}
          announceError={false}
          value={reason}
          onValueChange={setReason}
        />
      ) : null}
    </FormDialog>
  );
}
