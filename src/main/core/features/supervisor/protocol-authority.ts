import {
  PROTOCOL_EVENT_TYPES,
  protocolPayloads,
  type ProtocolEventType,
} from '../../../../shared/protocol/protocol-events';
import { EVENT_REGISTRY } from '../../feature-list';
import type { EventDefinition } from '../../kernel/feature';

/**
 * The voting day's events as the central store reads and judges them. Their payloads are
 * parsed by the shared contract's schemas (`protocolPayloads`), the ones the precinct records
 * them with. Who may record each: the chair opens and closes the voting, moves ballots
 * between the stock and the members, and signs the protocol; a member who issues ballots
 * records a ballot spoiled; the chair or the secretary marks a turnout report sent. A feature
 * that declares one of these types in the event registry is judged by its own declaration,
 * which must say the same (protocol-authority.test.ts compares them).
 */
const CHAIR = ['precinct.setup'] as const;

export const CENTRAL_PROTOCOL_AUTHORITY: Record<ProtocolEventType, EventDefinition['authority']> = {
  'voting.opened': { actor: CHAIR, actorless: [] },
  'ballots.moved': { actor: CHAIR, actorless: [] },
  'ballot.spoiled': { actor: ['ballot.issue'], actorless: [] },
  'turnout.report_sent': { actor: ['sync.export'], actorless: [] },
  'voting.closed': { actor: CHAIR, actorless: [] },
  'protocol.signed': { actor: CHAIR, actorless: [] },
};

const centralDefinitions = new Map<string, EventDefinition>(
  PROTOCOL_EVENT_TYPES.map((type) => [
    type,
    {
      payload: protocolPayloads[type],
      authority: CENTRAL_PROTOCOL_AUTHORITY[type],
      // The central store projects these itself (protocol-projection.ts).
      apply: 'log-only',
    },
  ]),
);

/** An event type's definition as the central store re-authorises it. */
export function centralDefinition(type: string): EventDefinition | undefined {
  return EVENT_REGISTRY.definition(type) ?? centralDefinitions.get(type);
}
