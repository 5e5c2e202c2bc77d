/**
 * What a precinct package carries (docs/sync-format.md): the body's JSON, checked with this
 * schema by whoever reads one. Made by the central commission (`package create`, supervisor
 * mode), loaded by a precinct (first run, or later for a newer revision).
 */
import { z } from 'zod';
import { ballotSchema } from '../protocol/ballot';
import { protocolSettingsSchema } from '../protocol/protocol-settings';
import { ROLES } from '../roles';
import { TEXT_LIMITS } from '../text-limits';

const text = (max: number) => z.string().trim().min(1).max(max);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(200);
const pem = z.string().startsWith('-----BEGIN PRIVATE KEY-----').max(400);
/** The most laptops (device slots) one precinct's package provides. */
export const MAX_SLOTS = 20;

/** An id a file names things by: letters, digits and . _ : - (no spaces). */
export const syncIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/);

export const packageElectionSchema = z.strictObject({
  election_id: syncIdSchema,
  kind: z.enum(['election', 'referendum']),
  name: text(TEXT_LIMITS.title),
  voting_day: z.iso.date(),
  opens: hhmm,
  closes: hhmm,
  /** Precinct-local time on voting day after which home-voting requests are late. */
  home_voting_cutoff: hhmm,
  complaint_deadlines: z.strictObject({
    standard_days: z.number().int().min(1).max(30),
    voter_list_days: z.number().int().min(1).max(30),
    same_day_days_before: z.number().int().min(0).max(10),
  }),
  /** The ballot's questions and options in Kazakh and Russian; absent in older packages. */
  ballot: ballotSchema.optional(),
  /** The protocol's settings (the quorum rule); absent in older packages: the defaults. */
  protocol: protocolSettingsSchema.optional(),
});

export const packagePrecinctSchema = z.strictObject({
  precinct_id: syncIdSchema,
  number: z.number().int().min(1).max(999_999),
  name: text(TEXT_LIMITS.title),
  region: text(TEXT_LIMITS.place),
  district: text(TEXT_LIMITS.place),
  address: text(TEXT_LIMITS.address),
  time_zone: text(100),
  abroad: z.boolean(),
  /** The host country of a precinct abroad (ISO 3166 alpha-2), null at home. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
});

export const packageMemberSchema = z.strictObject({
  /** Stable across a precinct's package revisions. */
  member_id: syncIdSchema,
  full_name: text(TEXT_LIMITS.name),
  role: z.enum(ROLES),
});

export const packageContentSchema = z.strictObject({
  election: packageElectionSchema,
  precinct: packagePrecinctSchema,
  members: z.array(packageMemberSchema).min(1).max(100),
  /** The precinct's voter list as a list file (UTF-8 CSV, the columns of docs), checked. */
  voters: z.strictObject({
    file_name: text(200),
    csv: z.string().max(200_000_000),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(0),
  }),
  /**
   * The precinct's X25519 key: every laptop of the precinct holds it, so that any slot holder
   * (the chair's laptop) opens the other laptops' sync files. The central store keeps both halves.
   */
  precinct_key: z.strictObject({
    encryption_key_pem: pem,
    encryption_public_key: base64,
  }),
  /**
   * The precinct's device slots, one per laptop the spec names, numbered from 1: each an
   * Ed25519 key the central store made and whose public half it keeps. A laptop takes one slot
   * at load and keeps only the certificate the slot's key signs for its own device key. A slot
   * the store already saw in use comes with no private key (`key_pem` null): it can certify no
   * further laptop.
   */
  slots: z
    .array(
      z.strictObject({
        slot: z.number().int().min(1).max(MAX_SLOTS),
        /** What the chair reads at load, e.g. "sections М–Я"; null when the spec gives none. */
        label: text(TEXT_LIMITS.place).nullable(),
        public_key: base64,
        key_pem: pem.nullable(),
      }),
    )
    .min(1)
    .max(MAX_SLOTS),
  /** Devices the central store revoked (newest package revision): the chair's laptop refuses them. */
  revoked_devices: z
    .array(z.strictObject({ device_id: syncIdSchema, device_public_key: base64 }))
    .max(1000),
  /** The central commission's keys: it signed this package; sync files are encrypted to it. */
  central: z.strictObject({
    signing_public_key: base64,
    encryption_public_key: base64,
  }),
});
export type PackageContent = z.infer<typeof packageContentSchema>;
