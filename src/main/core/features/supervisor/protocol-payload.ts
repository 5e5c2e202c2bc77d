import type { z } from 'zod';
import {
  PROTOCOL_EVENT_TYPES,
  protocolPayloads,
  type ProtocolEventType,
} from '@shared/protocol/protocol-events';

/**
 * The voting day's events' payload schemas as the central reader parses them: the shared
 * contract's (`protocolPayloads`), so the precinct and the central store read one schema.
 * Kept apart from the feature list so the file reader's worker loads none of the features.
 */
export const PROTOCOL_TYPES: ReadonlySet<string> = new Set(PROTOCOL_EVENT_TYPES);

export const isProtocolEvent = (type: string): type is ProtocolEventType =>
  PROTOCOL_TYPES.has(type);

/** The schema a voting-day event's payload is parsed by, undefined for another type. */
export function protocolPayloadSchema(type: string): z.ZodType | undefined {
  return isProtocolEvent(type) ? protocolPayloads[type] : undefined;
}
