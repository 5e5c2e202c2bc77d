import type { Permission } from '@shared/roles';
import { useSessionStore } from './session-store';

/** Whether the logged-in member may do this; the UI hides what the core would refuse. */
export function usePermission(permission: Permission): boolean {
  return useSessionStore(
    (state) => state.appState?.session?.permissions.includes(permission) ?? false,
  );
}
