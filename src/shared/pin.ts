/** PINs are at least six digits (and at most twelve, to keep them typeable). */
export const PIN_PATTERN = /^\d{6,12}$/;
