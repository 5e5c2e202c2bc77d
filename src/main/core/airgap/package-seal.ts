import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { parseHandoverCode, type CodeProblem } from './handover-code';

/**
 * A package body sealed with its handover code (docs/sync-format.md, "The sealed body"):
 *
 *   key  = scrypt(the code's 20 random characters, salt, N, r, p), 32 bytes
 *   body = nonce (12) ‖ AES-256-GCM ciphertext of the plain body ‖ tag (16),
 *          with the package id as additional data
 *
 * The salt and the cost (N, r, p) stand in the signed header's `seal`.
 */
export interface ScryptCost {
  n: number;
  r: 8;
  p: 1;
}

/** What every package is made with: 128 MiB of memory, about a second (docs/benchmarks.md). */
export const REAL_COST: ScryptCost = { n: 2 ** 17, r: 8, p: 1 };
/** Honoured only by test runs of an unpackaged build (see honourTestCostSwitch). */
export const TEST_COST: ScryptCost = { n: 2 ** 10, r: 8, p: 1 };
/** The most a header may ask for: a forged header cannot make a reader spend more. */
const MAX_N = 2 ** 18;

export const sealSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  n: z
    .number()
    .int()
    .min(2)
    .max(MAX_N)
    .refine((n) => (n & (n - 1)) === 0, 'a power of two'),
  r: z.literal(8),
  p: z.literal(1),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  cipher: z.literal('aes-256-gcm'),
});
export type Seal = z.infer<typeof sealSchema>;

export const TEST_COST_SWITCH = 'PRECINCT_DESK_TEST_KDF';
let testCostHonoured = false;

/**
 * Decides once, at a host's start, whether the test-only lower cost is honoured: only when
 * the build is not packaged, not a production build, and the test switch
 * (`PRECINCT_DESK_TEST_KDF=1`) is set. A packaged app never honours it: it makes every package
 * with the real cost and refuses a package whose header names a lower one.
 */
export function honourTestCostSwitch(env: NodeJS.ProcessEnv, options: { packaged: boolean }) {
  testCostHonoured =
    !options.packaged && env.NODE_ENV !== 'production' && env[TEST_COST_SWITCH] === '1';
  return testCostHonoured;
}

/** The cost new packages are made with. */
export const makingCost = (): ScryptCost => (testCostHonoured ? TEST_COST : REAL_COST);

const NONCE = 12;
const TAG = 16;

function stretch(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(secret, 'utf8'),
      salt,
      32,
      { N: cost.n, r: cost.r, p: cost.p, maxmem: 256 * cost.n * cost.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Seals a plain body with a (well-formed) handover code; the seal goes in the header. */
export async function sealBody(
  plain: Buffer,
  code: string,
  packageId: string,
  cost: ScryptCost = makingCost(),
): Promise<{ seal: Seal; body: Buffer }> {
  const parsed = parseHandoverCode(code);
  if (!('secret' in parsed)) throw new Error('sealBody needs a well-formed handover code');
  const salt = randomBytes(16);
  const key = await stretch(parsed.secret, salt, cost);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(packageId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    seal: { kdf: 'scrypt', ...cost, salt: salt.toString('base64'), cipher: 'aes-256-gcm' },
    body: Buffer.concat([nonce, sealed, cipher.getAuthTag()]),
  };
}

export type OpenProblem = CodeProblem | { problem: 'wrong_handover_code' | 'weak_key_stretching' };

/**
 * Opens a sealed body: the code's form and check characters first (nothing stretched for a
 * typo), then the header's cost (a lower one than the real cost only where honoured), then
 * the key, then the authenticated decryption; a wrong code is `wrong_handover_code`.
 */
export async function openBody(
  body: Buffer,
  seal: Seal,
  code: string,
  packageId: string,
): Promise<{ plain: Buffer } | OpenProblem> {
  const parsed = parseHandoverCode(code);
  if (!('secret' in parsed)) return parsed;
  const floor = testCostHonoured ? TEST_COST.n : REAL_COST.n;
  if (seal.n < floor) return { problem: 'weak_key_stretching' };
  if (body.length < NONCE + TAG) return { problem: 'wrong_handover_code' };
  const key = await stretch(parsed.secret, Buffer.from(seal.salt, 'base64'), seal);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, NONCE));
    decipher.setAAD(Buffer.from(packageId, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG));
    const plain = Buffer.concat([
      decipher.update(body.subarray(NONCE, body.length - TAG)),
      decipher.final(),
    ]);
    return { plain };
  } catch {
    return { problem: 'wrong_handover_code' };
  }
}
