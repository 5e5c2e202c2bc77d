import { expect, test } from 'vitest';
import { PROTOCOL_EVENT_TYPES, protocolPayloads } from '@shared/protocol/protocol-events';
import { EVENT_REGISTRY } from '../../feature-list';
import { protocolPayloadSchema } from './protocol-payload';

test.each(PROTOCOL_EVENT_TYPES)(
  '%s is read centrally by the schema the precinct records it with',
  (type) => {
    expect(protocolPayloadSchema(type)).toBe(protocolPayloads[type]);
    // The central store re-authorises it by the protocol feature's own declaration.
    expect(EVENT_REGISTRY.definition(type)?.payload).toBe(protocolPayloads[type]);
  },
);

test('no other event type is read as a voting-day event', () => {
  expect(protocolPayloadSchema('ballot.issued')).toBeUndefined();
});
