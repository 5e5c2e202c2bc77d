import type { Permission, Role } from '@shared/roles';

/**
 * Who may do what: the one permission table of the app, enforced by the core.
 * Source: the commission's division of work (docs/domain.md, "Commission roles and the
 * division of work"). The chair may do everything except issue ballots: ballots are issued by
 * the members, and neither the chair nor the secretary issues them.
 */
export const PERMISSION_TABLE: Readonly<Record<Role, readonly Permission[]>> = {
  chair: [
    'precinct.setup',
    'members.manage',
    'members.reset_pin',
    'settings.edit',
    'clock.confirm',
    'approvals',
    'voters.import',
    'ballot.undo',
    'record',
    'sync.export',
    'protocol.manage',
    'audit.read',
    'health.read',
  ],
  deputy_chair: [
    'approvals',
    'voters.import',
    'ballot.issue',
    'record',
    'audit.read',
    'health.read',
  ],
  secretary: ['voters.import', 'record', 'sync.export', 'audit.read', 'health.read'],
  member: ['record', 'ballot.issue', 'audit.read'],
};

export function permissionsOf(role: Role): Permission[] {
  return [...PERMISSION_TABLE[role]];
}

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_TABLE[role].includes(permission);
}
