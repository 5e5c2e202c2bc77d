export const ROLES = ['chair', 'deputy_chair', 'secretary', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a member may do. The core enforces these through one table
 * (src/main/core/kernel/permissions.ts); the UI receives the member's list only to hide what
 * the core would refuse.
 */
export const PERMISSIONS = [
  'precinct.setup',
  'members.manage',
  'members.reset_pin',
  'settings.edit',
  'clock.confirm',
  'approvals',
  'voters.import',
  'ballot.issue',
  'ballot.undo',
  'record',
  'sync.export',
  /** The chair's acts of the voting day: opening, ballots moved, the close, the protocol. */
  'protocol.manage',
  'audit.read',
  'health.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
