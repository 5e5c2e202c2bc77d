import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  MAX_SLOTS,
  packageElectionSchema,
  packagePrecinctSchema,
  syncIdSchema,
} from '@shared/sync/package-content';
import {
  DEFAULT_PROTOCOL_SETTINGS,
  protocolSettingsSchema,
} from '@shared/protocol/protocol-settings';
import { ROLES } from '@shared/roles';
import { TEXT_LIMITS } from '@shared/text-limits';
import { translate } from '@shared/i18n';
import { DomainError } from '@shared/result';
import { SPEC_PROBLEMS, type SpecProblem } from '@shared/supervisor/supervisor-errors';

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

/**
 * A specification refused for one reason, at one field: `details` carry the reason and the
 * field, which the screens turn into a sentence (SPEC_PROBLEMS); the message is for the
 * command line and the logs.
 */
export function specInvalid(
  reason: SpecProblem,
  field: string,
  extra: Record<string, string | number> = {},
): DomainError {
  const details = { reason, field: field || 'SPEC.json', ...extra };
  const sentence = translate('en', `spec.problem.${reason}`, {
    key: '',
    max: '',
    line: '',
    ...details,
  });
  return new DomainError('spec_invalid', `SPEC: ${sentence}`, details);
}

/** The first problem zod found, as a reason and a field (never the validator's wording). */
function zodProblem(issue: z.core.$ZodIssue | undefined): DomainError {
  const field = issue?.path.join('.') ?? '';
  switch (issue?.code) {
    case 'unrecognized_keys':
      return specInvalid('unknown_key', field, { key: issue.keys[0] ?? '' });
    case 'invalid_type':
      return specInvalid(issue.input === undefined ? 'missing' : 'wrong_type', field);
    case 'too_big':
      return issue.origin === 'string'
        ? specInvalid('too_long', field, { max: Number(issue.maximum) })
        : specInvalid('invalid', field);
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? specInvalid('missing', field)
        : specInvalid('too_short', field);
    case 'invalid_value':
    case 'invalid_union':
      return specInvalid('not_allowed', field);
    case 'custom': {
      // The protocol's lines name the line a package may not have (protocol-lines.ts).
      const params = (issue.params ?? {}) as { reason?: unknown; line?: unknown };
      const reason = SPEC_PROBLEMS.find((known) => known === params.reason);
      return reason
        ? specInvalid(reason, field, { line: String(params.line ?? '') })
        : specInvalid('invalid', field);
    }
    default:
      return specInvalid('invalid', field);
  }
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
    throw specInvalid('not_json', '');
  }
  const parsed = precinctSpecSchema.safeParse(json);
  if (!parsed.success) throw zodProblem(parsed.error.issues[0]);
  const spec = parsed.data;
  const chairs = spec.members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) throw specInvalid('one_chair', 'members');
  if (spec.precinct.abroad !== (spec.precinct.country !== null)) {
    throw specInvalid('country_abroad', 'precinct.country');
  }
  if (!isTimeZone(spec.precinct.time_zone)) throw specInvalid('time_zone', 'precinct.time_zone');
  if (spec.election.opens >= spec.election.closes) {
    throw specInvalid('hours_order', 'election.opens');
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
