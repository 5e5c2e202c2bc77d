import { eventTypeKey, isEventType } from './message-keys';
import type { Translate } from './use-t';

/** The translated name of an event type; a type this version does not know shows as stored. */
export function eventTypeLabel(type: string, t: Translate): string {
  return isEventType(type) ? t(eventTypeKey(type)) : type;
}
