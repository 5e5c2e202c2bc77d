/**
 * What each supervisor operation needs of the logged-in account, in one table: `open` for what
 * is answered before any login (the store's state, making the administrator, unlocking,
 * locking), `account` for any logged-in account, else a permission of central-roles.ts. The
 * core refuses before a handler runs (`central_locked` without a login, `not_permitted` for a
 * role without the permission); the type makes the table exhaustive, and a unit test checks
 * every operation of the contract groups against it for each role.
 */
import type { CentralPermission } from './central-roles';
import type { centralAccountOperations } from './accounts-contract';
import type { keyBackupOperations } from './key-backup-contract';
import type { returnedLaptopOperations } from './returned-laptop-contract';
import type { resultsOperations } from './results-contract';
import type { precinctListOperations } from './precinct-list-contract';
import type { supervisorOperations } from './supervisor-contract';

export type CentralOperationName =
  | keyof typeof supervisorOperations
  | keyof typeof resultsOperations
  | keyof typeof precinctListOperations
  | keyof typeof centralAccountOperations
  | keyof typeof keyBackupOperations
  | keyof typeof returnedLaptopOperations;

export type CentralNeed = 'open' | 'account' | CentralPermission;

export const CENTRAL_OPERATION_NEEDS: Readonly<Record<CentralOperationName, CentralNeed>> = {
  getSupervisorState: 'open',
  startSupervisorMode: 'open',
  initCentralStore: 'open',
  unlockCentralStore: 'open',
  lockCentralStore: 'open',
  importSyncFiles: 'imports.run',
  getImportProgress: 'imports.run',
  listImports: 'imports.run',
  getDashboard: 'dashboard.read',
  listPrecincts: 'dashboard.read',
  getPrecinctDetail: 'dashboard.read',
  listAlarms: 'dashboard.read',
  decideAlarm: 'alarms.decide',
  listDevices: 'dashboard.read',
  listDevicePage: 'dashboard.read',
  revokeDevice: 'devices.revoke',
  createPackage: 'packages.make',
  checkPackageInputs: 'packages.make',
  saveCentralCsv: 'dashboard.read',
  getResults: 'dashboard.read',
  getPrecinctProtocols: 'dashboard.read',
  changeCentralPassphrase: 'account',
  touchCentralSession: 'account',
  listCentralAccounts: 'accounts.manage',
  addCentralAccount: 'accounts.manage',
  resetCentralPassphrase: 'accounts.manage',
  deactivateCentralAccount: 'accounts.manage',
  reactivateCentralAccount: 'accounts.manage',
  setCentralAccountRole: 'accounts.manage',
  listSupervisorLog: 'audit.read',
  verifySupervisorLog: 'audit.read',
  // A new folder's store made from a key backup, before any account exists in it.
  restoreKeyBackup: 'open',
  makeKeyBackup: 'keys.manage',
  // A returned laptop is opened with the central key: the keys' keepers only.
  openReturnedLaptop: 'keys.manage',
  importReturnedLaptop: 'keys.manage',
};
