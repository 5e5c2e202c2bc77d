import { z } from 'zod';
import {
  packageContentSchema,
  syncIdSchema,
  type PackageContent,
} from '../../../shared/sync/package-content';
import { canonicalJson } from '../kernel/events/canonical-json';
import { checkEnvelope, parseEnvelope, writeEnvelope, type EnvelopeProblem } from './container';
import { keyFingerprint, publicKeyOf } from './keys';

/**
 * A precinct package (docs/sync-format.md): the envelope of container.ts with a header
 * signed by the central commission's Ed25519 key, and as body the canonical JSON of its
 * content (package-content.ts). Not encrypted: a precinct has no key before it loads one.
 */
export const packageHeaderSchema = z.strictObject({
  format: z.literal('precinct-desk-package'),
  version: z.literal(1),
  package_id: syncIdSchema,
  election_id: syncIdSchema,
  precinct_id: syncIdSchema,
  /** 1 for a precinct's first package, then 2, 3… for updated ones. */
  revision: z.number().int().min(1),
  /** The central commission's Ed25519 public key (base64 SPKI DER): it signed this. */
  central_public_key: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .max(200),
  voter_rows: z.number().int().min(0),
  created_at: z.string().min(1).max(40),
  body_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  body_bytes: z.number().int().min(0),
});
export type PackageHeader = z.infer<typeof packageHeaderSchema>;

export type PackageProblem = EnvelopeProblem | 'wrong_central_key';

/** Builds a package, signed with the central key. */
export function buildPackage(
  content: PackageContent,
  meta: { packageId: string; revision: number; createdAt: string },
  central: { signingKeyPem: string; signingPublicKey: string },
): { bytes: Buffer; header: PackageHeader } {
  const body = Buffer.from(canonicalJson(packageContentSchema.parse(content)), 'utf8');
  const written = writeEnvelope(
    'package',
    {
      format: 'precinct-desk-package',
      version: 1,
      package_id: meta.packageId,
      election_id: content.election.election_id,
      precinct_id: content.precinct.precinct_id,
      revision: meta.revision,
      central_public_key: central.signingPublicKey,
      voter_rows: content.voters.rows,
      created_at: meta.createdAt,
    },
    body,
    central.signingKeyPem,
  );
  return { bytes: written.bytes, header: written.header as PackageHeader };
}

export type PackageResult =
  | { ok: true; header: PackageHeader; content: PackageContent; centralFingerprint: string }
  | { ok: false; problem: PackageProblem };

/**
 * Reads and checks a package: structure, the central signature (by the key the header names,
 * which must have `expectedCentralFingerprint` when one is given: the one on the paper
 * handover act, or the one a precinct already trusts), the body's hash, and the content.
 */
export function readPackage(bytes: Buffer, expectedCentralFingerprint?: string): PackageResult {
  const parsed = parseEnvelope(bytes, 'package');
  if (!parsed.ok) return parsed;
  const header = packageHeaderSchema.safeParse(parsed.envelope.header);
  if (!header.success) return { ok: false, problem: 'malformed' };
  const problem = checkEnvelope(parsed.envelope, header.data.central_public_key);
  if (problem) return { ok: false, problem };
  const centralFingerprint = keyFingerprint(header.data.central_public_key);
  if (expectedCentralFingerprint && expectedCentralFingerprint !== centralFingerprint) {
    return { ok: false, problem: 'wrong_central_key' };
  }
  let json: unknown;
  try {
    json = JSON.parse(parsed.envelope.body.toString('utf8'));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const content = packageContentSchema.safeParse(json);
  if (
    !content.success ||
    content.data.election.election_id !== header.data.election_id ||
    content.data.precinct.precinct_id !== header.data.precinct_id ||
    content.data.central.signing_public_key !== header.data.central_public_key ||
    !slotsAreSound(content.data.slots)
  ) {
    return { ok: false, problem: 'malformed' };
  }
  return { ok: true, header: header.data, content: content.data, centralFingerprint };
}

/** Slots numbered 1, 2, … in order, each key distinct and each private key its public half's. */
function slotsAreSound(slots: PackageContent['slots']): boolean {
  const keys = new Set(slots.map((s) => s.public_key));
  if (keys.size !== slots.length) return false;
  return slots.every((s, i) => {
    if (s.slot !== i + 1) return false;
    if (s.key_pem === null) return true;
    try {
      return publicKeyOf(s.key_pem) === s.public_key;
    } catch {
      return false;
    }
  });
}
