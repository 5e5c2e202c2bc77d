import { parseHandoverCode } from '../../airgap/handover-code';

/**
 * What of a handover code wraps the store key until the chair sets a PIN: its 20 random
 * characters, however the code was typed (case, hyphens, look-alike letters forgiven).
 */
export function handoverSecret(typed: string): string {
  const parsed = parseHandoverCode(typed);
  return 'secret' in parsed ? parsed.secret : typed.trim();
}
