import { z } from 'zod';

/** Payloads of the precinct's own events: its setup, its settings, its clock. */
export const precinctPayloadSchemas = {
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
  'settings.changed': z.object({ auto_lock_minutes: z.number().int() }),
  'clock.confirmed': z.object({
    local_date: z.string(),
    local_time: z.string(),
    time_zone: z.string(),
  }),
};
