import { z } from 'zod';

/** Payloads of the precinct side of sync's events. No key, PIN or recovery code ever. */
export const syncPayloadSchemas = {
  /**
   * This laptop took a device slot of its precinct's package: the certificate the slot's key
   * signed, as every sync file's header carries it. (A log from before device slots holds an
   * enrolment signature instead.)
   */
  'sync.device_enrolled': z.object({
    device_id: z.string(),
    device_public_key: z.string(),
    election_id: z.string(),
    precinct_id: z.string(),
    slot: z.number().int().optional(),
    slot_public_key: z.string().optional(),
    certificate: z.string().optional(),
    enrollment_signature: z.string().optional(),
  }),
  /** A package was loaded: which revision, how, and what it changed on the list. */
  'sync.package_loaded': z.object({
    package_id: z.string(),
    revision: z.number().int(),
    kind: z.enum(['first_run', 'adopted', 'update']),
    central_fingerprint: z.string(),
    file_sha256: z.string(),
    added: z.number().int(),
    corrected: z.number().int(),
    removed: z.number().int(),
    kept: z.number().int(),
  }),
  /** The chair's decision on an alarm raised by a peer file (a fork, a double ballot). */
  'sync.alarm_decided': z.object({
    alarm_id: z.string(),
    kind: z.enum(['fork', 'double_ballot']),
    decision: z.string(),
  }),
  /** The chair closed the precinct after its final export (kernel/at-rest, "Closing"). */
  'sync.precinct_closed': z.object({ exported_through_seq: z.number().int().min(0) }),
};
