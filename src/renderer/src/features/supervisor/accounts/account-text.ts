import type { MessageKey } from '@shared/i18n';
import type { CentralRole } from '@shared/supervisor/central-roles';
import { CENTRAL_ROLES } from '@shared/supervisor/central-roles';

// Template-literal keys: if en.ts lacks one of these, the build fails here.
export const centralRoleKey = (role: CentralRole): MessageKey => `centralAccounts.role.${role}`;

/** The roles as a select's options, in the user's language. */
export const roleOptions = (t: (key: MessageKey) => string) =>
  CENTRAL_ROLES.map((role) => ({ value: role, label: t(centralRoleKey(role)) }));
