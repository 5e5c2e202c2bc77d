/**
 * Test support for the voting day's events at the central store: a precinct laptop's chain of
 * ballots (recorded by the real EventLog) followed by its opening, closing and protocol
 * events, hashed as the laptop chains them, packed as a signed sync file.
 */
import type { EventRow } from '../../src/main/core/kernel/events/event-log';
import type { ProtocolFigures } from '../../src/shared/protocol/protocol-figures';
import type { ProtocolEventType, ProtocolPayload } from '../../src/shared/protocol/protocol-events';
import type { PackageContent } from '../../src/shared/sync/package-content';
import { appendEvents } from './airgap';
import { ballot, recordEvents } from './supervisor';

export type ProtocolEvent = {
  [T in ProtocolEventType]: { type: T; payload: ProtocolPayload<T>; actor?: string };
}[ProtocolEventType];

/** The package member of a role (the chair, or an issuing member). */
export function memberOf(content: PackageContent, role: 'chair' | 'member'): string {
  const found = content.members.find((m) => m.role === role);
  if (!found) throw new Error(`No ${role} in the package`);
  return found.member_id;
}

/** Figures that hold for `station` ballots issued at the station and `home` at home. */
export function consistentFigures(station: number, home = 0): ProtocolFigures {
  const issued = station + home;
  return {
    ballots_received: issued + 10,
    issued_at_station: station,
    issued_at_home: home,
    spoiled: 0,
    unused: 10,
    in_stationary_boxes: station,
    in_portable_boxes: home,
    questions: [
      {
        question_id: 'q1',
        valid: issued - 1,
        invalid: 1,
        votes: { yes: issued - 1 - Math.floor((issued - 1) / 3), no: Math.floor((issued - 1) / 3) },
      },
    ],
  };
}

export const opened = (content: PackageContent): ProtocolEvent => ({
  type: 'voting.opened',
  payload: {
    present_member_ids: content.members.map((m) => m.member_id),
    quorum: 1,
    ballots_received: 100,
    serial_from: null,
    serial_to: null,
    allocations: [{ member_id: memberOf(content, 'member'), ballots: 100 }],
    boxes: [{ kind: 'stationary', number: '1', seal: 'S-1' }],
    observer_entry_ids: [],
  },
});

export const closed: ProtocolEvent = { type: 'voting.closed', payload: {} };

/** A signed protocol version (the first unless `supersedes` names the one it corrects). */
export function signed(
  content: PackageContent,
  figures: ProtocolFigures,
  options: {
    protocolId?: string;
    version?: number;
    supersedes?: string;
    explanations?: Record<string, string>;
  } = {},
): ProtocolEvent {
  const version = options.version ?? 1;
  return {
    type: 'protocol.signed',
    payload: {
      protocol_id: options.protocolId ?? `pr-${content.precinct.precinct_id}-${version}`,
      version,
      supersedes: options.supersedes ?? null,
      correction_reason: options.supersedes ? 'A recount of the stationary box' : null,
      figures,
      explanations: options.explanations ?? {},
      signed_by_member_ids: content.members.map((m) => m.member_id),
    },
  };
}

/**
 * A laptop's chain: ballots at the station for `iins` (and from a portable box for `homeIins`)
 * recorded by the real EventLog, then the voting day's events, by the chair unless an event
 * names its actor.
 */
export function votingDayChain(
  content: PackageContent,
  deviceId: string,
  iins: readonly string[],
  events: readonly ProtocolEvent[],
  homeIins: readonly string[] = [],
): EventRow[] {
  const ballots = recordEvents(deviceId, [
    ...iins.map((iin, i) => ballot(`${deviceId}-b${i}`, iin)),
    ...homeIins.map((iin, i) => {
      const [type, payload] = ballot(`${deviceId}-h${i}`, iin);
      return [type, { ...payload, place: 'portable_box' }] as ReturnType<typeof ballot>;
    }),
  ]);
  return appendEvents(
    ballots,
    events.map((e) => ({
      type: e.type,
      actor: e.actor ?? memberOf(content, 'chair'),
      payload: e.payload,
    })),
  );
}
