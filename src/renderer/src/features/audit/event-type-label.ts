import { eventTypeKey, isEventType } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/use-t';

/** The translated name of an event type; a type this version does not know shows as stored. */
export function eventTypeLabel(type: string, t: Translate): string {
  return isEventType(type) ? t(eventTypeKey(type)) : type;
}
