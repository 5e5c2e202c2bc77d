import type { CoreContext } from '../../context';
import type { FeatureDescriptor } from '../../kernel/feature';
import { auditHandlers } from './audit-handlers';

/** The audit log: the event log as members read it, and its chain checked. No tables of its own. */
export const auditFeature = {
  name: 'audit',
  migrations: [],
  events: {},
  projectionTables: [],
  errorCodes: [],
  handlers: auditHandlers,
} satisfies FeatureDescriptor<never, CoreContext>;
