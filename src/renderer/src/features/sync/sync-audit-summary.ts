import type { SyncEventType } from '@shared/sync/sync-events';
import { assertNever } from '@shared/result';
import type { Translate } from '../../i18n/use-t';

type Payload = Record<string, unknown>;

const text = (p: Payload, key: string): string => {
  const value = p[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** One line for the audit log about a sync event: never a key or a signature. */
export function summarizeSyncEvent(type: SyncEventType, p: Payload, t: Translate): string {
  switch (type) {
    case 'sync.device_enrolled':
      return t('audit.summary.syncEnrolled', {
        device: text(p, 'device_id'),
        precinct: text(p, 'precinct_id'),
      });
    case 'sync.package_loaded':
      return t('audit.summary.syncPackage', {
        revision: text(p, 'revision'),
        added: text(p, 'added'),
        corrected: text(p, 'corrected'),
        removed: text(p, 'removed'),
        kept: text(p, 'kept'),
      });
    case 'sync.alarm_decided':
      return t('audit.summary.syncAlarm', { decision: text(p, 'decision') });
    case 'sync.precinct_closed':
      return t('atRest.audit.closed', { seq: text(p, 'exported_through_seq') });
    default:
      return assertNever(type);
  }
}
