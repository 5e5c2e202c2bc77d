import { z } from 'zod';
import { ballotSchema } from './ballot';
import { protocolFiguresSchema } from './protocol-figures';
import { protocolLinesSchema } from './protocol-lines';
import { QUORUM_RULES } from './protocol-settings';

/**
 * The voting day's own events, from the opening to the signed protocol. Each is recorded in
 * the precinct's log, travels in its sync files and is re-authorised wherever it lands, like
 * every event. Payload keys are snake_case, as in every other event.
 */
export const PROTOCOL_EVENT_TYPES = [
  'protocol.ballot_set',
  'voting.opened',
  'ballots.moved',
  'ballot.spoiled',
  'turnout.report_sent',
  'voting.closed',
  'protocol.signed',
] as const;
export type ProtocolEventType = (typeof PROTOCOL_EVENT_TYPES)[number];

export function isProtocolEventType(type: string): type is ProtocolEventType {
  return (PROTOCOL_EVENT_TYPES as readonly string[]).includes(type);
}

const memberId = z.string().min(1).max(100);
const ballots = z.number().int().min(0).max(1_000_000);
const text = (max: number) => z.string().trim().min(1).max(max);

export const protocolPayloads = {
  /**
   * The ballot and the protocol settings a precinct package brought (null: a package made
   * without a ballot). Recorded when the package is loaded, as its other settings are.
   */
  'protocol.ballot_set': z
    .object({
      ballot: ballotSchema.nullable(),
      quorum_rule: z.enum(QUORUM_RULES),
      /** The protocol's lines when the package gives them (absent: the law's, by default). */
      lines: protocolLinesSchema.optional(),
      source: z.literal('package'),
    })
    .strict(),
  /** The chair opened the voting: who was present, the ballots received and split, the boxes. */
  'voting.opened': z
    .object({
      present_member_ids: z.array(memberId).min(1).max(100),
      /** Members needed for a quorum, by the package's rule at the time. */
      quorum: z.number().int().min(1).max(100),
      ballots_received: ballots,
      serial_from: text(40).nullable(),
      serial_to: text(40).nullable(),
      /** Ballots each issuing member took at the opening. */
      allocations: z.array(z.object({ member_id: memberId, ballots }).strict()).max(100),
      boxes: z
        .array(
          z
            .object({
              kind: z.enum(['stationary', 'portable']),
              number: text(40),
              seal: text(80),
            })
            .strict(),
        )
        .min(1)
        .max(50),
      /** Observers present: their entries in the information log. */
      observer_entry_ids: z.array(z.string().min(1).max(100)).max(200),
    })
    .strict(),
  /**
   * Ballots moved between the commission's stock (null) and a member, or between members:
   * taken later in the day, handed back, or passed to another member.
   */
  'ballots.moved': z
    .object({
      from_member_id: memberId.nullable(),
      to_member_id: memberId.nullable(),
      ballots: ballots.min(1),
    })
    .strict()
    .refine((p) => p.from_member_id !== p.to_member_id, { message: 'from and to are the same' }),
  /** A voter spoiled the ballot issued to them: it is cancelled and the voter gets another. */
  'ballot.spoiled': z
    .object({
      ballot_id: z.string().min(1).max(100),
      iin: z.string().regex(/^\d{12}$/),
      /** The member whose ballots the spoiled one and its replacement came from. */
      member_id: memberId,
    })
    .strict(),
  /** The turnout report at a fixed hour was sent to the higher commission. */
  'turnout.report_sent': z
    .object({
      hour: z.string().regex(/^([01]\d|2[0-3]):00$/),
      voters_voted: z.number().int().min(0).max(10_000_000),
    })
    .strict(),
  /** Voting closed; the count begins. */
  'voting.closed': z.object({}).strict(),
  /**
   * A version of the results protocol, signed. A signed protocol is never edited: a correction
   * is a new version naming the one it supersedes and why; both stay.
   */
  'protocol.signed': z
    .object({
      protocol_id: z.string().min(1).max(100),
      version: z.number().int().min(1).max(1000),
      supersedes: z.string().min(1).max(100).nullable(),
      correction_reason: text(2000).nullable(),
      figures: protocolFiguresSchema,
      /** A written explanation for each control relation that does not hold. */
      explanations: z.record(z.string().min(1).max(100), text(2000)),
      signed_by_member_ids: z.array(memberId).min(1).max(100),
    })
    .strict()
    .refine((p) => (p.version === 1) === (p.supersedes === null), {
      message: 'a first version supersedes nothing; a correction names what it supersedes',
    })
    .refine((p) => (p.supersedes === null) === (p.correction_reason === null), {
      message: 'a correction gives its reason',
    }),
} as const;
export type ProtocolPayload<T extends ProtocolEventType> = z.infer<(typeof protocolPayloads)[T]>;
