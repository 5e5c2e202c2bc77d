import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import { centralPermissionsOf, type CentralRole } from '@shared/supervisor/central-roles';

/** For component tests: the state of a central store open as an account of `role`. */
export function openState(role: CentralRole, over: Partial<SupervisorState> = {}): SupervisorState {
  return {
    initialized: true,
    access: 'open',
    account: role === 'administrator' ? 'Aigerim Administrator' : 'Olzhas Operator',
    accountId:
      role === 'administrator'
        ? 'a0000000-0000-4000-8000-000000000001'
        : 'b0000000-0000-4000-8000-000000000002',
    role,
    permissions: centralPermissionsOf(role),
    mustChangePassphrase: false,
    autoLockMinutes: 10,
    fingerprint: 'ab'.repeat(32),
    precincts: 0,
    devices: 0,
    openAlarms: 0,
    heldFiles: 0,
    ...over,
  };
}
