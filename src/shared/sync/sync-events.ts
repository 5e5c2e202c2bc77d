/** Event types of the precinct side of sync (spread into EVENT_TYPES in ../event-types.ts). */
export const SYNC_EVENT_TYPES = [
  'sync.device_enrolled',
  'sync.package_loaded',
  'sync.alarm_decided',
  'sync.precinct_closed',
] as const;
export type SyncEventType = (typeof SYNC_EVENT_TYPES)[number];

export function isSyncEventType(type: string): type is SyncEventType {
  return (SYNC_EVENT_TYPES as readonly string[]).includes(type);
}

/** The basis of voter-list changes that a newer package of the central commission brought. */
export const CENTRAL_LIST_UPDATE = 'central_list_update';
