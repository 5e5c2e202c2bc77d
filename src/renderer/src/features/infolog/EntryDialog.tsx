import { useState, type FormEvent } from 'react';
import type { EntryKind } from '../../../../shared/infolog/entry-kinds';
import type { InfoLogEntryView } from '../../../../shared/infolog/infolog-contract';
import type { ApiError } from '../../../../shared/result';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
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
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { type MomentValue } from '../../ui/moment';

const REASON_FIELD = 'reason';

type EntryDialogProps =
  | { mode: 'record'; kind: EntryKind; now: string }
  | { mode: 'correct'; entry: InfoLogEntryView; now: string };

/** Recording a new entry of a kind, or correcting one (with a reason): the same form. */
export function EntryDialog(props: EntryDialogProps) {
  const t = useT();
  const errorText = useErrorText();
  const record = useInfoLogStore((state) => state.record);
  const correct = useInfoLogStore((state) => state.correct);
  const closeDialog = useInfoLogStore((state) => state.closeDialog);
  const kind = props.mode === 'record' ? props.kind : props.entry.kind;
  const specs = ENTRY_FORMS[kind];
  const [values, setValues] = useState<FormValues>(() =>
    props.mode === 'record'
      ? blankValues(kind, props.now)
      : valuesOf(props.entry.occurredLocal, props.entry.details, props.now),
  );
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();

  const change = (name: string, value: FormValue) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(formProblems(kind, values)).map(([field, key]) => [field, t(key)]),
    );
    if (props.mode === 'correct' && !reason.trim()) found[REASON_FIELD] = t('validation.required');
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      reveal();
      return;
    }
    const at = `${(values[AT_FIELD] as MomentValue).date}T${(values[AT_FIELD] as MomentValue).time}`;
    const details = detailsOf(kind, values);
    setBusy(true);
    const problem =
      props.mode === 'record'
        ? await record(at, details)
        : await correct(props.entry, at, details, reason.trim());
    setBusy(false);
    if (!problem) return;
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
    if (atField) {
      setProblems({ [atField.field]: atField.message });
      reveal();
    } else {
      setError(problem);
    }
  }

  const title =
    props.mode === 'record'
      ? t('infolog.dialog.record', { kind: t(kindKey(kind)) })
      : t('infolog.dialog.correct', entryName(props.entry, t));

  return (
    <Modal title={title} onCancel={closeDialog}>
      {props.mode === 'correct' ? <p>{t('infolog.correctExplain')}</p> : null}
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <MomentField
          legend={t(`infolog.at.${kind}`)}
          error={problems[AT_FIELD] ?? null}
          value={values[AT_FIELD] as MomentValue}
          onChange={(value) => change(AT_FIELD, value)}
        />
        <EntryFields specs={specs} values={values} problems={problems} onChange={change} />
        {props.mode === 'correct' ? (
          <TextField
            label={t('infolog.correctionReason')}
            error={problems[REASON_FIELD] ?? null}
            autoComplete="off"
            className="input-wide"
            maxLength={TEXT_LIMITS.reason}
            value={reason}
            onValueChange={setReason}
          />
        ) : null}
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {props.mode === 'record' ? t('infolog.submitRecord') : t('infolog.submitCorrection')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
