import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  MAX_SLOTS,
  packageElectionSchema,
  packagePrecinctSchema,
  syncIdSchema,
} from '../../../../shared/sync/package-content';
import {
  DEFAULT_PROTOCOL_SETTINGS,
  protocolSettingsSchema,
} from '../../../../shared/protocol/protocol-settings';
import { ROLES } from '../../../../shared/roles';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import { DomainError } from '../../../../shared/result';

/**
 * SPEC.json of `package create` (docs/precinct-spec.md): the election, the precinct, its
 * members and its laptops. Member ids and slot keys are the central store's business: it keeps
 * them across revisions.
 */
export const precinctSpecSchema = z.strictObject({
  election: packageElectionSchema.extend({
    home_voting_cutoff: packageElectionSchema.shape.home_voting_cutoff.default('12:00'),
    complaint_deadlines: packageElectionSchema.shape.complaint_deadlines.default({
      standard_days: 5,
      voter_list_days: 3,
      same_day_days_before: 1,
    }),
    protocol: protocolSettingsSchema.default(DEFAULT_PROTOCOL_SETTINGS),
  }),
  precinct: packagePrecinctSchema,
  members: z
    .array(
      z.strictObject({
        full_name: z.string().trim().min(1).max(TEXT_LIMITS.name),
        role: z.enum(ROLES),
      }),
    )
    .min(1)
    .max(100),
  /**
   * How many laptops the precinct works with (one device slot each): a number, or one entry
   * per laptop with the label the chair reads at load ("sections А–Ж"). One when not given.
   */
  laptops: z
    .union([
      z.number().int().min(1).max(MAX_SLOTS),
      z
        .array(z.strictObject({ label: z.string().trim().min(1).max(TEXT_LIMITS.place) }))
        .min(1)
        .max(MAX_SLOTS),
    ])
    .default(1),
});
export type PrecinctSpec = z.infer<typeof precinctSpecSchema>;

export { syncIdSchema };

/** The spec's laptops as slot labels, slot 1 first (null: no label given). */
export function slotLabels(spec: PrecinctSpec): (string | null)[] {
  return typeof spec.laptops === 'number'
    ? Array.from({ length: spec.laptops }, () => null)
    : spec.laptops.map((l) => l.label);
}

/** Reads and checks a spec file; a bad one is `spec_invalid` naming the first problem. */
export async function readPrecinctSpec(path: string): Promise<PrecinctSpec> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DomainError('path_not_found', `No spec file at ${path}`, { path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('spec_invalid', `${path} is not JSON`, { problem: 'not JSON' });
  }
  const parsed = precinctSpecSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new DomainError('spec_invalid', `SPEC: ${where}: ${issue?.message ?? 'invalid'}`, {
      problem: `${where}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const spec = parsed.data;
  const chairs = spec.members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) {
    throw new DomainError('spec_invalid', 'SPEC: members: exactly one chair is needed', {
      problem: 'members: exactly one chair',
    });
  }
  if (spec.precinct.abroad !== (spec.precinct.country !== null)) {
    throw new DomainError('spec_invalid', 'SPEC: precinct.country is given exactly when abroad', {
      problem: 'precinct.country',
    });
  }
  if (!isTimeZone(spec.precinct.time_zone)) {
    throw new DomainError('spec_invalid', 'SPEC: precinct.time_zone is not an IANA time zone', {
      problem: 'precinct.time_zone',
    });
  }
  if (spec.election.opens >= spec.election.closes) {
    throw new DomainError('spec_invalid', 'SPEC: election.opens must be before closes', {
      problem: 'election.opens',
    });
  }
  return spec;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
