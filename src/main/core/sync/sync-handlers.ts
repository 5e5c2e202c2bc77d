import type { ApiHandlers } from '../../../shared/api';
import type { syncOperations } from '../../../shared/sync/sync-contract';

type SyncOperation = keyof typeof syncOperations;

/** The precinct side of sync, over the services of src/main/core/sync. */
export function syncHandlers(): Pick<ApiHandlers, SyncOperation> {
  return {};
}
