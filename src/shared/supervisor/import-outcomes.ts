/** What a supervisor's import answers for each sync file (docs/sync-format.md). */

/** Why a sync file was refused (docs/sync-format.md). */
export const REJECT_CODES = [
  'bad_signature',
  'unknown_device',
  /** The certificate is signed by a key that is no device slot the store made for the precinct. */
  'unknown_slot',
  'revoked_device',
  'wrong_election',
  'body_mismatch',
  'chain_broken',
  'fork',
  'malformed',
  'unsupported_version',
  'too_large',
  'not_a_sync_file',
  /** An event whose actor may not record it, or recorded without one where the package says otherwise. */
  'unauthorized_event',
  /** Held, not refused: another device took the same slot; a supervisor decides the alarm. */
  'slot_reused',
  /**
   * Held, not refused: a device certified by a slot the store made shows a device id another
   * key holds already; a supervisor decides the alarm.
   */
  'device_id_claimed',
  /**
   * A restored range (docs/sync-format.md, "The restored range") whose events do not chain to
   * the replaced laptop's signed backup head, or that no `backup.restored` of the file proves.
   */
  'restored_range_forged',
  /** A restored range reaching past the head the replaced laptop's backup header signs. */
  'restored_range_past_head',
  /** The backup header a `backup.restored` carries is not signed by the replaced laptop's key. */
  'restored_backup_forged',
  /** A restored range claimed for a laptop of another precinct or election. */
  'restored_range_wrong_precinct',
  /** The replaced laptop is certified by no slot of the precinct, or its id is another key's. */
  'restored_device_unknown',
  /** The replaced laptop is revoked and the range reaches past its head when it was revoked. */
  'restored_device_revoked',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const IMPORT_STATUSES = ['accepted', 'already_imported', 'held', 'rejected'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
