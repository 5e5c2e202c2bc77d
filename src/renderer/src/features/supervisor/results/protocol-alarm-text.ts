import type { Alarm } from '@shared/supervisor/supervisor-contract';
import type { Translate, TranslatePlural } from '../../../i18n/use-t';

/**
 * A protocol alarm's details in the screen's language, read back from the forms the core
 * words them in (protocol-checks.ts); null for any other form.
 */
export function protocolAlarmDetails(
  t: Translate,
  tp: TranslatePlural,
  alarm: Pick<Alarm, 'kind' | 'details'>,
): string | null {
  const failing = /^version (\d+): ([a-z_:0-9, -]+)$/.exec(alarm.details);
  if ((alarm.kind === 'protocol_unexplained' || alarm.kind === 'protocol_explained') && failing) {
    return t('results.alarmDetail.failing', {
      version: failing[1] ?? '',
      checks: failing[2] ?? '',
    });
  }
  const mismatch = /^version (\d+): (\d+) issued at the station, (\d+) ballot events$/.exec(
    alarm.details,
  );
  if (alarm.kind === 'protocol_events_mismatch' && mismatch) {
    return t('results.alarmDetail.mismatch', {
      version: mismatch[1] ?? '',
      issued: mismatch[2] ?? '',
      events: mismatch[3] ?? '',
    });
  }
  const versions = /^(\d+) versions$/.exec(alarm.details);
  if (alarm.kind === 'protocol_versions' && versions) {
    return tp('results.alarmDetail.versions', Number(versions[1]));
  }
  const missing = /^voting closed at (\S+); no protocol$/.exec(alarm.details);
  if (alarm.kind === 'protocol_missing' && missing) {
    return t('results.alarmDetail.missing', { at: missing[1] ?? '' });
  }
  return null;
}
