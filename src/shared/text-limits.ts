/** Longest texts the core accepts; the UI caps its inputs at the same lengths. */
export const TEXT_LIMITS = {
  name: 200,
  title: 300,
  place: 200,
  address: 500,
  reason: 500,
} as const;

/** Most members a commission records at setup. */
export const MAX_MEMBERS = 50;
