/**
 * The record and correction forms of every entry kind, described as data: which fields, in
 * what order, which are required, and how form values turn into the entry's fields and back.
 * The core checks everything again; this only spares a round trip for empty fields.
 */
import {
  COMPLAINT_OUTCOMES,
  INFOLOG_TEXT_LIMITS,
  MAX_PARTICIPANTS,
  type RecordableKind,
} from '@shared/infolog/entry-kinds';
import type { EntryDetails, RecordableDetails } from '@shared/infolog/entry-schemas';
import type { MessageKey } from '@shared/i18n';
import {
  EMPTY_MOMENT,
  momentOf,
  momentProblem,
  momentText,
  type MomentValue,
} from '../../ui/moment';
import { OPTION_LISTS, type OptionField } from './infolog-text';

export type FormValue = string | string[] | boolean | MomentValue;
export type FormValues = Record<string, FormValue>;

type When = (values: FormValues) => boolean;

interface BaseSpec {
  /** The entry field's name (`response.at` for a complaint's answer). */
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown (and sent) only when this holds. */
  showWhen?: When;
}

export type FieldSpec = BaseSpec &
  (
    | {
        type: 'select';
        optionField: OptionField;
        options: readonly string[];
        /** An empty choice that is itself an answer (a complaint not answered yet). */
        emptyLabel?: MessageKey;
        /**
         * A choice with legal effect (a complaint's subject sets its deadline): it starts empty
         * and must be made; nothing is chosen for the member.
         */
        required?: boolean;
      }
    | { type: 'multi'; optionField: OptionField; options: readonly string[]; min: 0 | 1 }
    | {
        type: 'text' | 'textarea';
        maxLength: number;
        required: boolean | When;
        /** What to say when it is left empty, when more than "fill in this field". */
        requiredMessage?: MessageKey;
      }
    | { type: 'number'; min: number; max: number }
    | { type: 'checkbox' }
    | { type: 'moment'; required: boolean | When }
  );

const { short, long } = INFOLOG_TEXT_LIMITS;
const text = (name: string, required: boolean | When = true): FieldSpec => ({
  name,
  label: `infolog.field.${name}` as MessageKey,
  type: 'text',
  maxLength: short,
  required,
});
const textarea = (name: string, required: boolean | When = true): FieldSpec => ({
  name,
  label: `infolog.field.${name}` as MessageKey,
  type: 'textarea',
  maxLength: long,
  required,
});
const select = (name: OptionField): FieldSpec => ({
  name,
  label: `infolog.field.${name}`,
  type: 'select',
  optionField: name,
  options: OPTION_LISTS[name],
  required: true,
});
const multi = (name: OptionField, min: 0 | 1 = 1): FieldSpec => ({
  name,
  label: `infolog.field.${name}`,
  type: 'multi',
  optionField: name,
  options: OPTION_LISTS[name],
  min,
});

const answered: When = (values) => values['response.outcome'] !== '';

/** The fields of each kind, after the date and time every entry has. */
export const ENTRY_FORMS: Record<RecordableKind, FieldSpec[]> = {
  inquiry: [
    select('channel'),
    select('topic'),
    textarea('answer'),
    { name: 'followUp', label: 'infolog.field.followUp', type: 'checkbox' },
  ],
  notice: [
    multi('places'),
    multi('contents'),
    multi('languages'),
    {
      ...text('otherLanguage'),
      showWhen: (values) => (values.languages as string[]).includes('other'),
    },
    { ...multi('formats', 0), hint: 'infolog.field.formatsHint' },
  ],
  meeting: [
    select('format'),
    text('place'),
    multi('audiences'),
    {
      name: 'participants',
      label: 'infolog.field.participants',
      type: 'number',
      min: 1,
      max: MAX_PARTICIPANTS,
    },
    textarea('topics'),
  ],
  media: [
    text('outlet'),
    text('journalist'),
    { name: 'foreign', label: 'infolog.field.foreign', type: 'checkbox' },
    {
      ...text('accreditation', (values) => values.foreign === true),
      hint: 'infolog.field.accreditationHint',
      requiredMessage: 'errors.media_accreditation_required',
    } as FieldSpec,
    textarea('coverage'),
  ],
  observer: [
    select('organisationType'),
    { ...text('organisation'), hint: 'infolog.field.organisationHint' },
    text('observerName'),
    {
      ...text('mandateNumber'),
      requiredMessage: 'errors.observer_mandate_required',
    } as FieldSpec,
    {
      name: 'departedAt',
      label: 'infolog.field.departedAt',
      hint: 'infolog.field.departedAtHint',
      type: 'moment',
      required: false,
    },
  ],
  complaint: [
    text('complainant'),
    select('subject'),
    textarea('summary'),
    {
      name: 'response.outcome',
      label: 'infolog.field.outcome',
      type: 'select',
      optionField: 'outcome',
      options: COMPLAINT_OUTCOMES,
      emptyLabel: 'infolog.notAnswered',
    },
    {
      name: 'response.at',
      label: 'infolog.field.responseAt',
      type: 'moment',
      required: true,
      showWhen: answered,
    },
    {
      name: 'response.text',
      label: 'infolog.field.responseText',
      type: 'textarea',
      maxLength: long,
      required: true,
      showWhen: answered,
    },
    {
      name: 'response.forwardedTo',
      label: 'infolog.field.forwardedTo',
      type: 'text',
      maxLength: short,
      required: true,
      showWhen: (values) => values['response.outcome'] === 'forwarded',
    },
  ],
};

/** The form's own field for the entry's date and time. */
export const AT_FIELD = 'at';

export const isShown = (spec: FieldSpec, values: FormValues) =>
  !spec.showWhen || spec.showWhen(values);

/** A blank form of a kind, dated `now` (the precinct's local moment). */
export function blankValues(kind: RecordableKind, now: string): FormValues {
  const values: FormValues = { [AT_FIELD]: momentOf(now) };
  for (const spec of ENTRY_FORMS[kind]) {
    switch (spec.type) {
      case 'select':
        // Every choice starts unmade: a preselected subject once gave a complaint the wrong
        // deadline when it was left untouched.
        values[spec.name] = '';
        break;
      case 'multi':
        values[spec.name] = [];
        break;
      case 'checkbox':
        values[spec.name] = false;
        break;
      case 'moment':
        values[spec.name] = EMPTY_MOMENT;
        break;
      default:
        values[spec.name] = '';
    }
  }
  // A response, when there is one, is dated now too.
  if (kind === 'complaint') values['response.at'] = momentOf(now);
  return values;
}

/** The form filled with an entry's fields, for a correction. */
export function valuesOf(at: string, details: RecordableDetails, now: string): FormValues {
  const values = blankValues(details.kind, now);
  values[AT_FIELD] = momentOf(at);
  for (const [name, value] of Object.entries(details)) {
    if (name === 'kind' || name === 'response' || name === 'departedAt') continue;
    values[name] = typeof value === 'number' ? String(value) : (value as FormValue);
  }
  if (details.kind === 'observer') values.departedAt = momentOf(details.departedAt);
  if (details.kind === 'complaint' && details.response) {
    values['response.outcome'] = details.response.outcome;
    values['response.at'] = momentOf(details.response.at);
    values['response.text'] = details.response.text;
    values['response.forwardedTo'] = details.response.forwardedTo;
  }
  return values;
}

/** The entry's fields from the form (what the core checks and records). */
export function detailsOf(kind: RecordableKind, values: FormValues): EntryDetails {
  const fields: Record<string, unknown> = { kind };
  for (const spec of ENTRY_FORMS[kind]) {
    if (spec.name.startsWith('response.')) continue;
    const value = values[spec.name];
    const shown = isShown(spec, values);
    switch (spec.type) {
      case 'number':
        fields[spec.name] = value === '' ? Number.NaN : Number(value);
        break;
      case 'moment':
        fields[spec.name] = momentText(value as MomentValue);
        break;
      case 'text':
      case 'textarea':
        fields[spec.name] = shown ? String(value).trim() : '';
        break;
      default:
        fields[spec.name] = value;
    }
  }
  if (kind === 'complaint') {
    fields.response = values['response.outcome'] ? responseOf(values) : null;
  }
  // The core parses these fields against the contract's schema; this cast only names them.
  return fields as unknown as EntryDetails;
}

/** Empty required fields and choices not made, by field name (only shown fields). */
export function specProblems(specs: FieldSpec[], values: FormValues): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const holds = (rule: boolean | When) => (typeof rule === 'function' ? rule(values) : rule);
  for (const spec of specs) {
    if (!isShown(spec, values)) continue;
    const value = values[spec.name];
    switch (spec.type) {
      case 'text':
      case 'textarea':
        if (holds(spec.required) && !String(value).trim()) {
          problems[spec.name] = spec.requiredMessage ?? 'validation.required';
        } else if (String(value).trim().length > spec.maxLength) {
          // Never cut: a text over its limit is refused before anything is sent.
          problems[spec.name] = 'validation.tooLong';
        }
        break;
      case 'select':
        if (spec.required && !spec.options.includes(String(value))) {
          problems[spec.name] = 'field.chooseRequired';
        }
        break;
      case 'multi':
        if (spec.min > 0 && (value as string[]).length < spec.min) {
          problems[spec.name] = 'infolog.chooseOne';
        }
        break;
      case 'number': {
        const number = Number(value);
        if (value === '' || !Number.isInteger(number) || number < spec.min || number > spec.max) {
          problems[spec.name] = 'infolog.wholeNumber';
        }
        break;
      }
      case 'moment': {
        const problem = momentProblem(value as MomentValue | undefined, holds(spec.required));
        if (problem) problems[spec.name] = problem;
        break;
      }
      default:
        break;
    }
  }
  return problems;
}

/** The problems of a whole entry form: its date and time, then its kind's fields. */
export function formProblems(kind: RecordableKind, values: FormValues): Record<string, MessageKey> {
  const atProblem = momentProblem(values[AT_FIELD] as MomentValue | undefined, true);
  return {
    ...(atProblem ? { [AT_FIELD]: atProblem } : {}),
    ...specProblems(ENTRY_FORMS[kind], values),
  };
}

/** The answer to a complaint, on its own (the Answer button's form). */
export const ANSWER_FORM: FieldSpec[] = ENTRY_FORMS.complaint
  .filter((spec) => spec.name.startsWith('response.'))
  .map((spec) =>
    spec.type === 'select' ? { ...spec, emptyLabel: undefined } : { ...spec, showWhen: undefined },
  )
  .map((spec) =>
    spec.name === 'response.forwardedTo'
      ? { ...spec, showWhen: (values: FormValues) => values['response.outcome'] === 'forwarded' }
      : spec,
  );

/** The answer from the Answer form's values. */
export function responseOf(values: FormValues) {
  const outcome = values['response.outcome'] === 'forwarded' ? 'forwarded' : 'answered';
  return {
    outcome,
    at: momentText(values['response.at'] as MomentValue) ?? '',
    text: String(values['response.text']).trim(),
    forwardedTo: outcome === 'forwarded' ? String(values['response.forwardedTo']).trim() : '',
  } as const;
}

/** The form field a path from the core names (`details.response.at` → `response.at`). */
export function formFieldOf(path: string): string {
  return path.replace(/^details\./, '');
}
