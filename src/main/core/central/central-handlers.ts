import type { ApiHandlers } from '../../../shared/api';
import type { centralOperations } from '../../../shared/central/central-contract';

type CentralOperation = keyof typeof centralOperations;

/** Supervisor mode's operations, over the central store of src/main/core/central. */
export function centralHandlers(): Pick<ApiHandlers, CentralOperation> {
  return {};
}
