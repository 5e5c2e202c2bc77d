import type { DeadlineRuleName } from '@shared/infolog/complaint-deadline';
import {
  ACCESSIBLE_FORMATS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_SUBJECTS,
  type EntryChange,
  type EntryKind,
  INQUIRY_CHANNELS,
  INQUIRY_TOPICS,
  MEETING_AUDIENCES,
  MEETING_FORMATS,
  NOTICE_CONTENTS,
  NOTICE_LANGUAGES,
  NOTICE_PLACES,
  OBSERVER_ORGANISATIONS,
} from '@shared/infolog/entry-kinds';
import type { EntryDetails } from '@shared/infolog/entry-schemas';
import type { ComplaintState, InfoLogEntryView } from '@shared/infolog/infolog-contract';
import type { MessageKey } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';
import { assertNever } from '@shared/result';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate, formatInstant } from '../../ui/date-time-format';
import { formatMoment } from '../../ui/moment';

/** The choices of each field that offers some, by field name. */
export const OPTION_LISTS = {
  channel: INQUIRY_CHANNELS,
  topic: INQUIRY_TOPICS,
  places: NOTICE_PLACES,
  contents: NOTICE_CONTENTS,
  languages: NOTICE_LANGUAGES,
  formats: ACCESSIBLE_FORMATS,
  format: MEETING_FORMATS,
  audiences: MEETING_AUDIENCES,
  organisationType: OBSERVER_ORGANISATIONS,
  subject: COMPLAINT_SUBJECTS,
  outcome: COMPLAINT_OUTCOMES,
} as const;
export type OptionValues = {
  [F in keyof typeof OPTION_LISTS]: (typeof OPTION_LISTS)[F][number];
};
export type OptionField = keyof OptionValues;

type OptionKey<F extends OptionField> = `infolog.option.${F}.${OptionValues[F]}`;
// Fails to compile when en.ts lacks the label of some choice.
type MissingOptionKeys = Exclude<{ [F in OptionField]: OptionKey<F> }[OptionField], MessageKey>;
const allOptionsLabelled: [MissingOptionKeys] extends [never] ? true : MissingOptionKeys = true;
void allOptionsLabelled;

export const optionKey = <F extends OptionField>(field: F, value: OptionValues[F]): MessageKey =>
  `infolog.option.${field}.${value}` as string as MessageKey;

export const kindKey = (kind: EntryKind): MessageKey => `infolog.kind.${kind}`;
export const changeKey = (change: EntryChange): MessageKey => `infolog.change.${change}`;

export interface TextContext {
  t: Translate;
  language: Language;
  timeZone: string | undefined;
}

/** A list of choices as words. */
function listOf<F extends OptionField>(
  t: Translate,
  field: F,
  values: readonly OptionValues[F][],
): string {
  return values.length
    ? values.map((value) => t(optionKey(field, value))).join(', ')
    : t('infolog.summary.none');
}

/** One paragraph saying what an entry holds, for the log's table, CSV and printouts. */
export function summarizeDetails(details: EntryDetails, { t, language }: TextContext): string {
  switch (details.kind) {
    case 'inquiry': {
      const text = t('infolog.summary.inquiry', {
        channel: t(optionKey('channel', details.channel)),
        topic: t(optionKey('topic', details.topic)),
        answer: details.answer,
      });
      return details.followUp ? `${text} ${t('infolog.summary.followUp')}` : text;
    }
    case 'notice': {
      const languages = details.languages
        .map((value) =>
          value === 'other' && details.otherLanguage
            ? details.otherLanguage
            : t(optionKey('languages', value)),
        )
        .join(', ');
      return t('infolog.summary.notice', {
        places: listOf(t, 'places', details.places),
        contents: listOf(t, 'contents', details.contents),
        languages,
        formats: listOf(t, 'formats', details.formats),
      });
    }
    case 'meeting':
      return t('infolog.summary.meeting', {
        format: t(optionKey('format', details.format)),
        place: details.place,
        audiences: listOf(t, 'audiences', details.audiences),
        participants: details.participants,
        topics: details.topics,
      });
    case 'media': {
      const text = t('infolog.summary.media', {
        outlet: details.outlet,
        journalist: details.journalist,
        coverage: details.coverage,
      });
      if (details.foreign) {
        return `${text} ${t('infolog.summary.foreignMedia', { number: details.accreditation })}`;
      }
      return details.accreditation
        ? `${text} ${t('infolog.summary.accreditation', { number: details.accreditation })}`
        : text;
    }
    case 'observer': {
      const text = t('infolog.summary.observer', {
        name: details.observerName,
        type: t(optionKey('organisationType', details.organisationType)),
        organisation: details.organisation,
        mandate: details.mandateNumber,
      });
      return details.departedAt
        ? `${text} ${t('infolog.summary.departed', { time: formatMoment(details.departedAt, language) })}`
        : text;
    }
    case 'complaint': {
      const text = t('infolog.summary.complaint', {
        complainant: details.complainant,
        subject: t(optionKey('subject', details.subject)),
        summary: details.summary,
      });
      return details.response ? `${text} ${responseText(details.response, { t, language })}` : text;
    }
    case 'copy_issued':
      return t('infolog.summary.copyIssued', {
        document:
          details.version === null
            ? t(`infolog.document.${details.document}`)
            : t('infolog.document.protocolVersion', { version: details.version }),
        name: details.observerName,
        organisation: details.organisation,
      });
    default:
      return assertNever(details);
  }
}

/** A complaint's answer in one sentence. */
export function responseText(
  response: NonNullable<Extract<EntryDetails, { kind: 'complaint' }>['response']>,
  { t, language }: Pick<TextContext, 't' | 'language'>,
): string {
  const text = t('infolog.summary.response', {
    outcome: t(optionKey('outcome', response.outcome)),
    time: formatMoment(response.at, language),
    text: response.text,
  });
  return response.outcome === 'forwarded'
    ? `${text} ${t('infolog.summary.forwardedTo', { commission: response.forwardedTo })}`
    : text;
}

/** The entry's kind and register number, as buttons and titles name it. */
export function entryName(entry: InfoLogEntryView, t: Translate) {
  return { kind: t(kindKey(entry.kind)), number: entry.number };
}

/** In force, corrected, or withdrawn with the reason. */
export function statusText(entry: InfoLogEntryView, t: Translate): string {
  if (entry.withdrawn) return t('infolog.status.withdrawn', { reason: entry.withdrawn.reason });
  if (entry.corrections > 0) return t('infolog.status.corrected', { count: entry.corrections });
  return t('infolog.status.inForce');
}

/** Every change after the recording, with who, when, why and what the entry said then. */
export function historyLines(entry: InfoLogEntryView, context: TextContext): string[] {
  const { t, language, timeZone } = context;
  return entry.history.slice(1).map((item, index) => {
    const parts = [
      t('infolog.historyText', {
        change: t(changeKey(item.change)),
        time: formatInstant(item.at, timeZone, language),
        member: item.memberName ?? '',
      }),
    ];
    if (item.reason) parts.push(t('infolog.changeReason', { reason: item.reason }));
    // A correction replaced the version before it: say what that version held.
    const before = entry.history[index];
    if (item.change === 'corrected' && before?.details && before.occurredLocal) {
      parts.push(
        t('infolog.changeVersion', {
          time: formatMoment(before.occurredLocal, language),
          details: summarizeDetails(before.details, context),
        }),
      );
    }
    return parts.join(' ');
  });
}

/** A complaint's status as words: open, overdue, answered (late) or forwarded. */
export function complaintStatusText(complaint: ComplaintState, t: Translate): string {
  if (complaint.overdue) return t('infolog.complaintStatus.overdue');
  const status = t(`infolog.complaintStatus.${complaint.status}`);
  return complaint.late ? t('infolog.complaintStatus.late', { status }) : status;
}

/** The rule that set a deadline, its days counted in the language's plural form. */
function ruleText(rule: DeadlineRuleName, days: number, t: Translate, language: Language): string {
  return rule === 'same_day'
    ? t('infolog.rule.same_day')
    : translatePlural(language, `infolog.rule.${rule}`, days);
}

/** The due date and the rule that set it. */
export function deadlineText(complaint: ComplaintState, t: Translate, language: Language): string {
  const { deadline } = complaint;
  return t('infolog.deadlineCell', {
    date: formatCalendarDate(deadline.dueDate, language),
    rule: ruleText(deadline.rule, deadline.days, t, language),
  });
}
