/**
 * Who may do what in supervisor mode: the one permission table of the central store, enforced
 * by the core before every supervisor operation runs (a refusal is `not_permitted`); the screens
 * receive the logged-in account's list only to disable what the core would refuse.
 */
export const CENTRAL_ROLES = ['administrator', 'operator'] as const;
export type CentralRole = (typeof CENTRAL_ROLES)[number];

export const CENTRAL_PERMISSIONS = [
  /** The central keys and their backup. */
  'keys.manage',
  'packages.make',
  'devices.revoke',
  'accounts.manage',
  'imports.run',
  /** The dashboard, results, devices, precinct details and their CSV files. */
  'dashboard.read',
  'alarms.decide',
  'audit.read',
] as const;
export type CentralPermission = (typeof CENTRAL_PERMISSIONS)[number];

/**
 * The administrator holds the store's keys, makes packages, revokes devices and manages the
 * accounts, and may do what an operator does; an operator imports sync files, reads the
 * dashboard and decides alarms. Both read and verify the supervisor log.
 */
export const CENTRAL_PERMISSION_TABLE: Readonly<Record<CentralRole, readonly CentralPermission[]>> =
  {
    administrator: CENTRAL_PERMISSIONS,
    operator: ['imports.run', 'dashboard.read', 'alarms.decide', 'audit.read'],
  };

export function centralPermissionsOf(role: CentralRole): CentralPermission[] {
  return [...CENTRAL_PERMISSION_TABLE[role]];
}

export function centralCan(role: CentralRole, permission: CentralPermission): boolean {
  return CENTRAL_PERMISSION_TABLE[role].includes(permission);
}
