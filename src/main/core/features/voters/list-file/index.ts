/** Reading voter list files (CSV or .xlsx) into numbered rows of trimmed cells. */
export {
  LIST_FILE_ERROR_CODES,
  LIST_READER_VERSION,
  ListFileError,
  REQUIRED_COLUMNS,
  VOTER_COLUMNS,
  type ListFileErrorCode,
  type ListFileInfo,
  type ListSource,
  type OnBatch,
  type SourceRow,
  type VoterColumn,
} from './types';
export { fileSha256, readVoterList } from './read-voter-list';
export { useXlsxWorker, xlsxWorker } from './xlsx-reader';
export {
  forkXlsxProcess,
  relayedXlsxLauncher,
  serveXlsxRelay,
  useXlsxLauncher,
  OUT_OF_MEMORY,
  errorTail,
  type XlsxParentMessage,
  type XlsxProcess,
  type XlsxProcessEvents,
  type XlsxProcessLauncher,
} from './xlsx-process';
export type { XlsxWorkerMessage } from './xlsx-reader';
