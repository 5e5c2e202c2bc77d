import { z } from 'zod';
import {
  MAX_SLOTS,
  packageContentSchema,
  syncIdSchema,
  type PackageContent,
} from '@shared/sync/package-content';
import { canonicalJson } from '../kernel/events/canonical-json';
import { checkEnvelope, parseEnvelope, writeEnvelope, type EnvelopeProblem } from './container';
import { keyFingerprint, publicKeyOf } from './keys';
import { openBody, sealBody, sealSchema, type ScryptCost } from './package-seal';
import { TEXT_LIMITS } from '@shared/text-limits';

/**
 * A precinct package, format version 2 (docs/sync-format.md): the envelope of container.ts
 * with a header signed by the central commission's Ed25519 key, and as body the canonical JSON
 * of its content (package-content.ts) sealed with the package's handover code
 * (package-seal.ts). Without the code a reader sees only the signed header: the election's and
 * the precinct's names, the revision, and whose key signed it.
 */
export const packageHeaderSchema = z.strictObject({
  format: z.literal('precinct-desk-package'),
  version: z.literal(2),
  package_id: syncIdSchema,
  election_id: syncIdSchema,
  election_name: z.string().min(1).max(TEXT_LIMITS.title),
  precinct_id: syncIdSchema,
  precinct_number: z.number().int().min(1),
  precinct_name: z.string().min(1).max(TEXT_LIMITS.title),
  /** 1 for a precinct's first package, then 2, 3… for updated ones. */
  revision: z.number().int().min(1),
  /** The central commission's Ed25519 public key (base64 SPKI DER): it signed this. */
  central_public_key: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .max(200),
  voter_rows: z.number().int().min(0),
  /**
   * The precinct's laptop slots as the chair chooses among them at load, readable before the
   * code is typed: number, label, and whether the package can still certify a laptop with it.
   * The sealed body's slots must say the same.
   */
  slots: z
    .array(
      z.strictObject({
        slot: z.number().int().min(1).max(MAX_SLOTS),
        label: z.string().min(1).max(TEXT_LIMITS.place).nullable(),
        available: z.boolean(),
      }),
    )
    .min(1)
    .max(MAX_SLOTS),
  created_at: z.string().min(1).max(40),
  /** How the body's key is stretched from the handover code, and the cipher. */
  seal: sealSchema,
  body_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  body_bytes: z.number().int().min(0),
});
export type PackageHeader = z.infer<typeof packageHeaderSchema>;

export type PackageProblem =
  | EnvelopeProblem
  | 'wrong_central_key'
  | 'wrong_handover_code'
  | 'handover_code_malformed'
  | 'handover_code_typo'
  | 'weak_key_stretching';

/** Builds a package sealed with `handoverCode` (newHandoverCode), signed with the central key. */
export async function buildPackage(
  content: PackageContent,
  meta: { packageId: string; revision: number; createdAt: string; handoverCode: string },
  central: { signingKeyPem: string; signingPublicKey: string },
  cost?: ScryptCost,
): Promise<{ bytes: Buffer; header: PackageHeader }> {
  const plain = Buffer.from(canonicalJson(packageContentSchema.parse(content)), 'utf8');
  const { seal, body } = await sealBody(plain, meta.handoverCode, meta.packageId, cost);
  const written = writeEnvelope(
    'package',
    {
      format: 'precinct-desk-package',
      version: 2,
      package_id: meta.packageId,
      election_id: content.election.election_id,
      election_name: content.election.name,
      precinct_id: content.precinct.precinct_id,
      precinct_number: content.precinct.number,
      precinct_name: content.precinct.name,
      revision: meta.revision,
      central_public_key: central.signingPublicKey,
      voter_rows: content.voters.rows,
      slots: headerSlots(content),
      created_at: meta.createdAt,
      seal,
    },
    body,
    central.signingKeyPem,
  );
  return { bytes: written.bytes, header: written.header as PackageHeader };
}

export type PackageHeaderResult =
  | { ok: true; header: PackageHeader; centralFingerprint: string }
  | { ok: false; problem: PackageProblem };

export type PackageResult =
  | { ok: true; header: PackageHeader; content: PackageContent; centralFingerprint: string }
  | { ok: false; problem: PackageProblem; group?: number };

/**
 * Reads and checks what a package shows without its code: structure, the central signature
 * (by the key the header names, which must have `expectedCentralFingerprint` when one is
 * given: the one on the paper handover act, or the one a precinct already trusts), and the
 * sealed body's length and hash.
 */
export function readPackageHeader(
  bytes: Buffer,
  expectedCentralFingerprint?: string,
): PackageHeaderResult {
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
  return { ok: true, header: header.data, centralFingerprint };
}

/**
 * Reads, checks and opens a package with its handover code: the header as readPackageHeader,
 * then the code (its form before any stretching), the sealed body, and the content, which must
 * say what the signed header says.
 */
export async function openPackage(
  bytes: Buffer,
  handoverCode: string,
  expectedCentralFingerprint?: string,
): Promise<PackageResult> {
  const read = readPackageHeader(bytes, expectedCentralFingerprint);
  if (!read.ok) return read;
  const { header } = read;
  const body = bytes.subarray(bytes.length - header.body_bytes);
  const opened = await openBody(body, header.seal, handoverCode, header.package_id);
  if ('problem' in opened) return { ok: false, ...opened };
  let json: unknown;
  try {
    json = JSON.parse(opened.plain.toString('utf8'));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const content = packageContentSchema.safeParse(json);
  if (!content.success || !saysHeader(content.data, header) || !slotsAreSound(content.data.slots)) {
    return { ok: false, problem: 'malformed' };
  }
  return { ok: true, header, content: content.data, centralFingerprint: read.centralFingerprint };
}

function saysHeader(content: PackageContent, header: PackageHeader): boolean {
  return (
    content.election.election_id === header.election_id &&
    content.election.name === header.election_name &&
    content.precinct.precinct_id === header.precinct_id &&
    content.precinct.number === header.precinct_number &&
    content.precinct.name === header.precinct_name &&
    content.voters.rows === header.voter_rows &&
    content.central.signing_public_key === header.central_public_key &&
    canonicalJson(headerSlots(content)) === canonicalJson(header.slots)
  );
}

/** What the header shows of the body's slots. */
function headerSlots(content: PackageContent): PackageHeader['slots'] {
  return content.slots.map((s) => ({
    slot: s.slot,
    label: s.label,
    available: s.key_pem !== null,
  }));
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
