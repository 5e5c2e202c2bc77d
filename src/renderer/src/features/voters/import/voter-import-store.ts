import { create } from 'zustand';
import type { OpenedFile } from '@shared/files/files-contract';
import type { ApiError } from '@shared/result';
import type { ListReport } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { mutate } from '../../../api/queries';
import { baseName } from '../../../ui/file-paths';

/** What is running: reading a file can take a while for a large list. */
export type ImportWork =
  | { kind: 'checking'; fileName: string }
  | { kind: 'importing'; count: number }
  | { kind: 'rechecking' };

interface ImportState {
  /** The report on screen. */
  report: ListReport | null;
  work: ImportWork | null;
  /** A whole-file refusal or another failure of the last check, import or re-check. */
  error: ApiError | null;
  /** The report of the import just done, for the success summary. */
  imported: ListReport | null;
  reports: ListReport[] | null;
  reportsError: ApiError | null;
  /** Checks the chosen list file, read through its handle. */
  check: (file: OpenedFile) => Promise<void>;
  /**
   * Imports the report on screen; resolves to the refusal, or null once imported.
   * `acceptLostLetters`: the commission chose to go on with names that may have lost letters.
   */
  importShown: (acceptLostLetters?: boolean) => Promise<ApiError | null>;
  recheck: () => Promise<void>;
  loadReports: () => Promise<void>;
  show: (report: ListReport) => void;
  reset: () => void;
}

const EMPTY = {
  report: null,
  work: null,
  error: null,
  imported: null,
  reports: null,
  reportsError: null,
};

export const useImportStore = create<ImportState>()((set, get) => ({
  ...EMPTY,

  check: async (file) => {
    if (get().work) return;
    set({ work: { kind: 'checking', fileName: baseName(file.path) }, error: null, imported: null });
    const result = await mutate('checkVoterFile', { handle: file.handle });
    set(
      result.ok
        ? { work: null, report: result.value }
        : { work: null, report: null, error: result.error },
    );
  },

  importShown: async (acceptLostLetters) => {
    const report = get().report;
    if (!report || get().work) return null;
    set({ work: { kind: 'importing', count: report.valid }, error: null, imported: null });
    const result = await mutate('importVoterFile', {
      reportId: report.reportId,
      ...(acceptLostLetters ? { acceptLostLetters: true } : {}),
    });
    if (!result.ok) {
      set({ work: null });
      return result.error;
    }
    set({ work: null, report: result.value, imported: result.value });
    return null;
  },

  recheck: async () => {
    if (get().work) return;
    set({ work: { kind: 'rechecking' }, error: null, imported: null });
    const result = await mutate('recheckVoterList', {});
    set(result.ok ? { work: null, report: result.value } : { work: null, error: result.error });
  },

  loadReports: async () => {
    const result = await callApi('listVoterReports', {});
    set(result.ok ? { reports: result.value, reportsError: null } : { reportsError: result.error });
  },

  show: (report) => set({ report, error: null, imported: null }),

  reset: () => set(EMPTY),
}));
