/**
 * What each operation of the contract reads and changes, declared once beside it. The renderer
 * refreshes what a screen shows from this table: after an operation that changes a topic, every
 * query on screen that reads it is read again (src/renderer/src/api/queries.ts). The type makes
 * the table exhaustive: an operation added to the contract does not compile until it is here.
 */
import type { OperationName } from './api';

/** The kinds of data screens show; coarse on purpose: a refresh re-reads only what is shown. */
export const DATA_TOPICS = [
  'session',
  'settings',
  'members',
  'clock',
  'precinct',
  'voters',
  'voter-reports',
  'infolog',
  'accommodations',
  'sync',
  'central',
  'audit',
  'files',
  'protocol',
] as const;
export type DataTopic = (typeof DATA_TOPICS)[number];

export interface OperationData {
  reads: readonly DataTopic[];
  changes: readonly DataTopic[];
}

const reads = (...topics: DataTopic[]): OperationData => ({ reads: topics, changes: [] });
/** An operation that records events: what it changes, and the audit log. */
const records = (...topics: DataTopic[]): OperationData => ({
  reads: [],
  changes: [...topics, 'audit'],
});
/** An operation that changes something without recording an event (a file, the session). */
const changes = (...topics: DataTopic[]): OperationData => ({ reads: [], changes: topics });
const none: OperationData = { reads: [], changes: [] };

export const OPERATION_DATA: { readonly [K in OperationName]: OperationData } = {
  // The precinct, its clock and the session.
  getAppState: reads('session', 'precinct', 'clock', 'settings'),
  getClockStatus: reads('clock'),
  completeSetup: records('precinct', 'members', 'session', 'clock'),
  confirmClock: records('clock'),
  setLanguage: changes('session'),
  getSettings: reads('settings'),
  updateSettings: records('settings', 'session'),
  // Members and logging in.
  listLoginMembers: reads('members'),
  login: records('session'),
  changeOwnPin: records('session', 'members'),
  recoverChairPin: records('session', 'members'),
  logout: records('session'),
  lockSession: records('session'),
  touchSession: none,
  getSession: reads('session'),
  listMembers: reads('members'),
  addMember: records('members'),
  replaceMember: records('members'),
  deactivateMember: records('members'),
  resetMemberPin: records('members'),
  liftLockout: records('members'),
  // The audit log.
  listAuditEvents: reads('audit', 'members'),
  verifyAuditChain: reads('audit'),
  // Files: dialogs, folder listings and the files the app writes.
  showOpenDialog: none,
  chooseSaveFile: none,
  bindSaveFile: reads('files'),
  bindOpenFile: reads('files'),
  listDirectory: reads('files'),
  savePdf: changes('files'),
  printDocument: none,
  saveTextFile: changes('files'),
  // The information log.
  listInfoLog: reads('infolog'),
  getInfoLogCounts: reads('infolog'),
  recordInfoLogEntry: records('infolog'),
  correctInfoLogEntry: records('infolog'),
  withdrawInfoLogEntry: records('infolog'),
  checkOutObserver: records('infolog'),
  answerComplaint: records('infolog'),
  getInfoLogSettings: reads('infolog'),
  setComplaintDeadlines: records('infolog'),
  // Accommodation requests, home voting trips and the station's equipment.
  listAccommodationRequests: reads('accommodations'),
  getAccommodationRequest: reads('accommodations'),
  recordAccommodationRequest: records('accommodations'),
  correctAccommodationRequest: records('accommodations'),
  correctAccommodationSensitive: records('accommodations'),
  resolveAccommodationRequester: records('accommodations'),
  updateAccommodationItem: records('accommodations'),
  // A ballot issued at home is a ballot on the list.
  fulfilHomeVoting: records('accommodations', 'voters'),
  listHomeVotingTrips: reads('accommodations'),
  getHomeVotingTripSheet: reads('accommodations'),
  planHomeVotingTrip: records('accommodations'),
  replanHomeVotingTrip: records('accommodations'),
  recordTripDeparture: records('accommodations'),
  recordTripReturn: records('accommodations'),
  cancelHomeVotingTrip: records('accommodations'),
  getStationEquipment: reads('accommodations'),
  setStationEquipment: records('accommodations'),
  getAccommodationSummary: reads('accommodations'),
  getAccommodationSettings: reads('accommodations'),
  setHomeVotingCutoff: records('accommodations'),
  // The voter list.
  checkVoterFile: changes('voter-reports'),
  importVoterFile: records('voters', 'voter-reports'),
  recheckVoterList: changes('voter-reports'),
  listVoterReports: reads('voter-reports'),
  getListIssues: reads('voter-reports'),
  exportListReport: changes('files'),
  searchVoters: reads('voters'),
  getVoterCard: reads('voters'),
  answerInquiry: records('voters'),
  addVoter: records('voters'),
  correctVoter: records('voters'),
  requestRemoval: records('voters'),
  listRemovalRequests: reads('voters'),
  decideRemoval: records('voters'),
  issueAbsenteeCertificate: records('voters'),
  getSections: reads('voters'),
  setSections: records('voters'),
  issueBallot: records('voters'),
  // An undone ballot reopens the home visit it was issued on.
  undoBallot: records('voters', 'accommodations'),
  getTurnout: reads('voters'),
  getVotedList: reads('voters', 'clock'),
  // The precinct's side of the air gap.
  getPackageState: reads('sync', 'precinct'),
  closePrecinct: records('session', 'sync', 'precinct'),
  openForReview: changes('session'),
  previewPackage: none,
  loadPackage: records('sync', 'precinct', 'members', 'voters', 'protocol'),
  setPackageChairPin: records('members', 'session'),
  exportSyncFile: records('sync', 'files'),
  listSyncExports: reads('sync'),
  getSyncExportState: reads('sync'),
  importPeerFiles: records('sync', 'voters', 'infolog', 'accommodations', 'members', 'protocol'),
  listSyncAlarms: reads('sync'),
  decideSyncAlarm: records('sync'),
  // The laptop's backups to the chair's folder (a backup written changes no event).
  getBackupStatus: reads('settings'),
  setBackupFolder: records('settings'),
  previewBackup: none,
  restoreBackup: changes('session', 'precinct', 'members', 'settings', 'clock'),
  backupNow: changes('settings'),
  // The central commission's store.
  getSupervisorState: reads('central'),
  startSupervisorMode: changes('central', 'session'),
  initCentralStore: changes('central'),
  unlockCentralStore: changes('central'),
  lockCentralStore: changes('central'),
  importSyncFiles: changes('central'),
  getImportProgress: reads('central'),
  listImports: reads('central'),
  getDashboard: reads('central'),
  listPrecincts: reads('central'),
  getPrecinctDetail: reads('central'),
  listAlarms: reads('central'),
  decideAlarm: changes('central'),
  listDevices: reads('central'),
  listDevicePage: reads('central'),
  revokeDevice: changes('central'),
  checkPackageInputs: reads('files'),
  createPackage: changes('central', 'files'),
  saveCentralCsv: changes('files'),
  makeKeyBackup: changes('files'),
  restoreKeyBackup: changes('central'),
  // The check for precincts silent after the close runs as results are read (its alarms).
  getResults: reads('central'),
  getPrecinctProtocols: reads('central'),
  changeCentralPassphrase: changes('central'),
  touchCentralSession: changes(),
  listCentralAccounts: reads('central'),
  addCentralAccount: changes('central'),
  resetCentralPassphrase: changes('central'),
  deactivateCentralAccount: changes('central'),
  reactivateCentralAccount: changes('central'),
  setCentralAccountRole: changes('central'),
  listSupervisorLog: reads('central'),
  verifySupervisorLog: reads('central'),
  stageDroppedFile: changes('files'),
  openReturnedLaptop: reads('central'),
  importReturnedLaptop: changes('central'),
  // The voting day and its protocol.
  getVotingDay: reads('protocol', 'voters', 'infolog', 'sync'),
  openVoting: records('protocol'),
  moveBallots: records('protocol'),
  recordSpoiledBallot: records('protocol'),
  markTurnoutReportSent: records('protocol'),
  closeVoting: records('protocol'),
  signProtocol: records('protocol'),
  issueDocumentCopy: records('protocol', 'infolog'),
};

/** Whether running `changed` may change what `shown` reads. */
export function changesWhatIsRead(changed: OperationName, shown: OperationName): boolean {
  const reading = OPERATION_DATA[shown].reads;
  return OPERATION_DATA[changed].changes.some((topic) => reading.includes(topic));
}
