import { expect, test } from 'vitest';
import { ROLES } from '../../../../shared/roles';
import {
  PROTOCOL_EVENT_TYPES,
  protocolPayloads,
} from '../../../../shared/protocol/protocol-events';
import { authorityProblem } from '../../kernel/authority';
import { CENTRAL_PROTOCOL_AUTHORITY, centralDefinition } from './protocol-authority';
import { protocolPayloadSchema } from './protocol-payload';

/** The roles a definition lets record `type`, acting for a member other than the payload's. */
function rolesAllowed(type: string, authority: { actor: readonly string[] }): string[] {
  const definition = { ...centralDefinition(type), authority } as NonNullable<
    ReturnType<typeof centralDefinition>
  >;
  return ROLES.filter(
    (role) =>
      authorityProblem(
        definition,
        { type, actor: 'someone', payload: { member_id: 'x' } },
        role,
      ) === null,
  );
}

test.each(PROTOCOL_EVENT_TYPES)(
  '%s is read by the shared schema and judged as the central table says',
  (type) => {
    expect(protocolPayloadSchema(type)).toBe(protocolPayloads[type]);
    const definition = centralDefinition(type);
    expect(definition?.payload).toBe(protocolPayloads[type]);
    // Whichever feature declares the type, the same roles may record it.
    expect(rolesAllowed(type, definition?.authority ?? { actor: [] })).toEqual(
      rolesAllowed(type, CENTRAL_PROTOCOL_AUTHORITY[type]),
    );
  },
);

test('the chair alone signs, opens and closes; issuing members record a spoiled ballot', () => {
  expect(rolesAllowed('protocol.signed', CENTRAL_PROTOCOL_AUTHORITY['protocol.signed'])).toEqual([
    'chair',
  ]);
  expect(rolesAllowed('voting.opened', CENTRAL_PROTOCOL_AUTHORITY['voting.opened'])).toEqual([
    'chair',
  ]);
  expect(rolesAllowed('ballot.spoiled', CENTRAL_PROTOCOL_AUTHORITY['ballot.spoiled'])).toEqual([
    'deputy_chair',
    'member',
  ]);
  expect(protocolPayloadSchema('ballot.issued')).toBeUndefined();
});
