import { z } from 'zod';
import type { EventType } from '../../../../shared/event-types';
import { ROLES } from '../../../../shared/roles';
import { voterPayloadSchemas } from '../../features/voters/voter-payloads';
import { infologPayloadSchemas } from '../../features/infolog/payloads';
import { accommodationPayloadSchemas } from '../../features/accommodations/payloads';
import { syncPayloadSchemas } from '../../features/sync/payloads';

/**
 * The payload of every event type. Payloads carry what the commission would ask about later
 * and nothing secret: PIN hashes and recovery codes never appear here (they stay in the
 * local `credentials` and `recovery_codes` tables), because the log is what travels.
 */
const memberId = z.string().min(1);

export const eventPayloadSchemas = {
  'device.initialized': z.object({ device_id: z.string(), public_key_pem: z.string() }),
  'precinct.setup_completed': z.object({
    election_kind: z.enum(['election', 'referendum']),
    election_name: z.string(),
    voting_day: z.string(),
    opens: z.string(),
    closes: z.string(),
    precinct_number: z.number().int(),
    precinct_name: z.string(),
    region: z.string(),
    district: z.string(),
    address: z.string(),
    time_zone: z.string(),
    source: z.enum(['manual', 'package']),
    /** From a package only: the identity the central commission knows the precinct by. */
    election_id: z.string().optional(),
    precinct_id: z.string().optional(),
    abroad: z.boolean().optional(),
    country: z.string().nullable().optional(),
  }),
  'member.added': z.object({
    member_id: memberId,
    full_name: z.string(),
    role: z.enum(ROLES),
    replaces: memberId.nullable(),
    reason: z.string().nullable(),
  }),
  'member.deactivated': z.object({
    member_id: memberId,
    reason: z.string(),
    replaced_by: memberId.nullable(),
  }),
  'member.pin_set': z.object({
    member_id: memberId,
    kind: z.enum(['initial', 'temporary', 'changed', 'recovered']),
  }),
  'member.recovery_code_issued': z.object({ member_id: memberId }),
  'member.logged_in': z.object({ member_id: memberId }),
  'member.logged_out': z.object({
    member_id: memberId,
    reason: z.enum(['logout', 'lock', 'auto_lock']),
  }),
  'member.locked_out': z.object({ member_id: memberId, until: z.string() }),
  'settings.changed': z.object({ auto_lock_minutes: z.number().int() }),
  'clock.confirmed': z.object({
    local_date: z.string(),
    local_time: z.string(),
    time_zone: z.string(),
  }),
  ...voterPayloadSchemas,
  ...infologPayloadSchemas,
  ...accommodationPayloadSchemas,
  ...syncPayloadSchemas,
} satisfies Record<EventType, z.ZodType>;

export type EventPayloads = { [K in EventType]: z.infer<(typeof eventPayloadSchemas)[K]> };

/** One event as read from the log. */
export interface StoredEvent<T extends EventType = EventType> {
  deviceId: string;
  seq: number;
  hlc: string;
  type: T;
  actor: string | null;
  payload: EventPayloads[T];
  prevHash: string;
  hash: string;
}
