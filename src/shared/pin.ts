/** PINs are at least six digits (and at most twelve, to keep them typeable). */
export const PIN_PATTERN = /^\d{6,12}$/;

/**
 * A PIN anyone could guess first, refused whenever a PIN is chosen (setup, a change, a
 * recovery, a package's chair PIN): one digit repeated (111111), a straight run up or down
 * (123456, 654321, 890123), or the precinct's number, written out (000412 for precinct 412)
 * or repeated (412412). Product rule; see docs/domain.md, "PINs and lockouts".
 */
export function isTrivialPin(pin: string, precinctNumber?: number | null): boolean {
  if (!/^\d+$/.test(pin)) return false;
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, i) => (digit - digits[i]! + 10) % 10);
  if (steps.every((step) => step === 0)) return true;
  if (steps.every((step) => step === 1) || steps.every((step) => step === 9)) return true;
  if (precinctNumber !== undefined && precinctNumber !== null && precinctNumber > 0) {
    const number = String(precinctNumber);
    if (pin.replace(/^0+/, '') === number) return true;
    if (pin.length % number.length === 0 && number.repeat(pin.length / number.length) === pin) {
      return true;
    }
  }
  return false;
}
