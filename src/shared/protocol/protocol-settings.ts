import { z } from 'zod';
import { protocolLinesSchema } from './protocol-lines';

/**
 * The package's protocol settings. The quorum rule says how many of the commission's members
 * must be present for the opening and for signing the protocol: by default more than half of
 * the members, or two thirds where the central commission sets it (docs/protocol.md).
 */
export const QUORUM_RULES = ['more_than_half', 'two_thirds'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const protocolSettingsSchema = z.strictObject({
  quorum: z.enum(QUORUM_RULES),
  /** The protocol's lines: labels in kk and ru, and order (default: the law's, protocol-lines.ts). */
  lines: protocolLinesSchema.optional(),
});
export type ProtocolSettings = z.infer<typeof protocolSettingsSchema>;

export const DEFAULT_PROTOCOL_SETTINGS: ProtocolSettings = { quorum: 'more_than_half' };

/** Members needed for a quorum of a commission of `members` members under `rule`. */
export function quorumFor(rule: QuorumRule, members: number): number {
  if (members <= 0) return 1;
  return rule === 'two_thirds' ? Math.ceil((2 * members) / 3) : Math.floor(members / 2) + 1;
}

/** The fixed hours of the turnout reports sent to the higher commission through the day. */
export const TURNOUT_REPORT_HOURS = ['10:00', '12:00', '14:00', '16:00', '18:00', '20:00'] as const;
