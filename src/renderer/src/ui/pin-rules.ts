import { PIN_PATTERN } from '@shared/pin';
import type { ErrorCode } from '@shared/result';

/** The client-side check of a new PIN and its repetition; the core checks again. */
export function checkNewPin(pin: string, repeat: string): ErrorCode | null {
  if (!PIN_PATTERN.test(pin)) return 'pin_format';
  if (pin !== repeat) return 'pin_mismatch';
  return null;
}
