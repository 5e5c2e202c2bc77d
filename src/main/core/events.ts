/**
 * The event types as the features see them: each type's payload, from the schemas the
 * features declare. The kernel's log is generic; this names it for this app.
 */
import type { z } from 'zod';
import type { EventType } from '@shared/event-types';
import type { EventLog as KernelEventLog } from './kernel/events/event-log';
import type { LoggedEvent } from './kernel/events/logged-event';
import { kernelPayloadSchemas } from './kernel/kernel-feature';
import { accommodationPayloadSchemas } from './features/accommodations/accommodation-payloads';
import { backupPayloadSchemas } from './features/backup/backup-payloads';
import { infologPayloadSchemas } from './features/infolog/infolog-payloads';
import { memberPayloadSchemas } from './features/members/members-payloads';
import { precinctPayloadSchemas } from './features/precinct/precinct-payloads';
import { syncPayloadSchemas } from './features/sync/sync-payloads';
import { protocolPayloads } from '@shared/protocol/protocol-events';
import { voterPayloadSchemas } from './features/voters/voter-payloads';

/** Every event type's payload schema: a type without one does not compile. */
export const eventPayloadSchemas = {
  ...kernelPayloadSchemas,
  ...precinctPayloadSchemas,
  ...memberPayloadSchemas,
  ...voterPayloadSchemas,
  ...infologPayloadSchemas,
  ...accommodationPayloadSchemas,
  ...syncPayloadSchemas,
  ...protocolPayloads,
  ...backupPayloadSchemas,
} satisfies Record<EventType, z.ZodType>;

export type EventPayloads = { [K in EventType]: z.infer<(typeof eventPayloadSchemas)[K]> };

/** One event as read from the log. */
export type StoredEvent<T extends EventType = EventType> = LoggedEvent<T, EventPayloads[T]>;

/** This app's event log: `record` takes each type's payload. */
export type EventLog = KernelEventLog<EventPayloads>;
