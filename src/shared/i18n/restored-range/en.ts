/** A replaced laptop's events carried in its replacement's sync files (a restored range). */
export const restoredRangeEn = {
  'supervisor.reject.restored_range_forged':
    'The replaced laptop’s events in this file do not chain to the head its backup signs, or no restore in the file vouches for them.',
  'supervisor.reject.restored_range_past_head':
    'The replaced laptop’s events in this file go past the last event its backup signs.',
  'supervisor.reject.restored_backup_forged':
    'The backup this laptop was restored from is not signed by the replaced laptop’s key.',
  'supervisor.reject.restored_range_wrong_precinct':
    'The file carries the events of a laptop of another precinct as if it had replaced it.',
  'supervisor.reject.restored_device_unknown':
    'The laptop this one claims to replace is not certified for a slot of this precinct.',
  'supervisor.reject.restored_device_revoked':
    'The laptop this one replaced was revoked; its events past its revocation are refused.',
  'sync.reject.restored_range_forged': 'a replaced laptop’s events that its backup does not sign',
  'sync.reject.restored_range_past_head': 'a replaced laptop’s events past its backup',
  'sync.reject.restored_backup_forged': 'a restore from a backup the replaced laptop did not sign',
  'sync.reject.restored_range_wrong_precinct': 'a replaced laptop of another precinct',
  'sync.reject.restored_device_unknown': 'a replaced laptop this precinct never certified',
  'sync.reject.restored_device_revoked': 'a replaced laptop that was revoked',
};
