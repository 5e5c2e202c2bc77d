import type { MessageKey } from '@shared/i18n';
import type { ImportFileResult, RejectCode } from '@shared/supervisor/supervisor-contract';
import type { ListChange } from '@shared/sync/sync-contract';
import type { Translate, TranslatePlural } from '../../i18n/use-t';

/** A fingerprint as people compare it with a paper act: 16 groups of 4, upper case. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.toUpperCase().match(/.{1,4}/g) ?? [];
}

export const CHANGE_LABELS: Record<ListChange, MessageKey> = {
  added: 'sync.change.added',
  corrected: 'sync.change.corrected',
  removed: 'sync.change.removed',
  kept_removed: 'sync.change.kept_removed',
  kept_added: 'sync.change.kept_added',
  kept_correction: 'sync.change.kept_correction',
  kept_ballot: 'sync.change.kept_ballot',
};

const REJECT_LABELS: Record<RejectCode, MessageKey> = {
  bad_signature: 'sync.reject.bad_signature',
  unknown_device: 'sync.reject.unknown_device',
  unknown_slot: 'sync.reject.unknown_slot',
  slot_reused: 'sync.reject.slot_reused',
  device_id_claimed: 'sync.reject.device_id_claimed',
  revoked_device: 'sync.reject.revoked_device',
  wrong_election: 'sync.reject.wrong_election',
  body_mismatch: 'sync.reject.body_mismatch',
  chain_broken: 'sync.reject.chain_broken',
  fork: 'sync.reject.fork',
  malformed: 'sync.reject.malformed',
  unsupported_version: 'sync.reject.unsupported_version',
  too_large: 'sync.reject.too_large',
  not_a_sync_file: 'sync.reject.not_a_sync_file',
  unauthorized_event: 'sync.reject.unauthorized_event',
  restored_range_forged: 'sync.reject.restored_range_forged',
  restored_range_past_head: 'sync.reject.restored_range_past_head',
  restored_backup_forged: 'sync.reject.restored_backup_forged',
  restored_range_wrong_precinct: 'sync.reject.restored_range_wrong_precinct',
  restored_device_unknown: 'sync.reject.restored_device_unknown',
  restored_device_revoked: 'sync.reject.restored_device_revoked',
};

/** What became of one imported file, in a sentence. */
export function importOutcome(result: ImportFileResult, t: Translate, tp: TranslatePlural): string {
  switch (result.status) {
    case 'accepted':
      return tp('sync.status.accepted', result.newEvents);
    case 'already_imported':
      return t('sync.status.already_imported');
    case 'held':
      return t('sync.status.held', {
        from: result.waitingFor?.from ?? '',
        to: result.waitingFor?.to ?? '',
      });
    case 'rejected':
      return t('sync.status.rejected', {
        reason: result.code ? t(REJECT_LABELS[result.code]) : '',
      });
  }
}

/** The last part of a path, whichever separator the host uses. */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;
