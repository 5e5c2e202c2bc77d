import { expect, it } from 'vitest';
import { PROTOCOL_EVENT_TYPES } from '@shared/protocol/protocol-events';
import { ROLES, type Role } from '@shared/roles';
import { EVENT_REGISTRY } from '../../feature-list';
import { authorityProblem } from '../../kernel/authority';

/** Who may record each voting-day event, by role (as a file's events are re-authorised). */
const ALLOWED: Record<(typeof PROTOCOL_EVENT_TYPES)[number], readonly Role[]> = {
  'protocol.ballot_set': ['chair'],
  'voting.opened': ['chair'],
  'ballots.moved': ['chair'],
  'ballot.spoiled': ['deputy_chair', 'member'],
  'turnout.report_sent': ['chair', 'deputy_chair', 'secretary', 'member'],
  'voting.closed': ['chair'],
  'protocol.signed': ['chair'],
};

it('lets the chair open, move, close and sign, and only issuing members record a spoiled ballot', () => {
  for (const type of PROTOCOL_EVENT_TYPES) {
    const definition = EVENT_REGISTRY.definition(type);
    expect(definition, type).toBeDefined();
    if (!definition) continue;
    const allowed = ROLES.filter(
      (role) => authorityProblem(definition, { type, actor: 'm-1', payload: {} }, role) === null,
    );
    expect(allowed, type).toEqual(ALLOWED[type]);
    // Only the package's settings may come with no member acting.
    const actorless = authorityProblem(definition, { type, actor: null, payload: {} }, null);
    expect(actorless === null, type).toBe(type === 'protocol.ballot_set');
  }
});
