import type { AuditEntry } from '@shared/api';
import { ENTRY_KINDS, LOCAL_MOMENT_PATTERN } from '@shared/infolog/entry-kinds';
import type { Language } from '@shared/roles';
import { translatePlural } from '@shared/i18n/plural';
import type { Translate } from '../../i18n/use-t';
import { kindKey, optionKey } from './infolog-text';
import { formatMoment } from '../../ui/moment';

/**
 * What an information log event did, in one line for the audit log. Payload fields are read
 * defensively: the log may hold events written by another version of the app.
 */
export function summarizeInfoLogEvent(entry: AuditEntry, t: Translate, language: Language): string {
  const p = entry.payload;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const days = (value: unknown) =>
    typeof value === 'number' ? translatePlural(language, 'infolog.days', value) : '';
  const details = (p.details ?? {}) as Record<string, unknown>;
  const kind = ENTRY_KINDS.find((k) => k === details.kind);
  const local = text(p.occurred_local);
  const what = () =>
    t('audit.summary.infologEntry', {
      kind: kind ? t(kindKey(kind)) : '',
      time: LOCAL_MOMENT_PATTERN.test(local) ? formatMoment(local, language) : '',
    });
  const reason = () => t('audit.summary.infologReason', { reason: text(p.reason) });
  switch (entry.type) {
    case 'infolog.entry_recorded':
      return what();
    case 'infolog.entry_corrected':
      return `${what()}. ${reason()}`;
    case 'infolog.entry_withdrawn':
      return reason();
    case 'infolog.observer_checked_out':
      return '';
    case 'infolog.complaint_answered': {
      const outcome = (p.response as Record<string, unknown> | undefined)?.outcome;
      return outcome === 'answered' || outcome === 'forwarded'
        ? t(optionKey('outcome', outcome))
        : '';
    }
    case 'infolog.deadlines_set':
      return t('audit.summary.deadlines', {
        standard: days(p.standard_days),
        voterList: days(p.voter_list_days),
        before: days(p.same_day_days_before),
      });
    default:
      return '';
  }
}
