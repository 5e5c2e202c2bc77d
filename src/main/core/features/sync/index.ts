/** The precinct side of sync as other parts of the core see it. */
export { syncFeature } from './feature';
export {
  centralEncryptionKey,
  chairPinPending,
  deviceKey,
  forgetReplacedExports,
  readKeys,
  writeKeys,
} from './sync-store';
export { SYNC_FILE_EXTENSION } from '../../airgap/file-endings';
export { handoverSecret } from './handover-secret';
export { ExportService } from './export-service';
