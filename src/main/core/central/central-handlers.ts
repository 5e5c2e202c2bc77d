import type { ApiHandlers } from '../../../shared/api';
import type { centralOperations } from '../../../shared/central/central-contract';
import { DomainError } from '../../../shared/result';

type CentralOperation = keyof typeof centralOperations;

const notYet = (): never => {
  throw new DomainError('not_available', 'Supervisor mode is being built');
};

/** Supervisor mode's operations, over the central store of src/main/core/central. */
export function centralHandlers(): Pick<ApiHandlers, CentralOperation> {
  return {
    getSupervisorState: notYet,
    startSupervisorMode: notYet,
    importSyncFiles: notYet,
    getImportProgress: notYet,
    listImports: notYet,
    getDashboard: notYet,
    getPrecinctDetail: notYet,
    listAlarms: notYet,
    decideAlarm: notYet,
    listDevices: notYet,
    revokeDevice: notYet,
    createPackage: notYet,
    saveCentralCsv: notYet,
  };
}
