import { create } from 'zustand';
import type {
  ImportFileResult,
  ImportRun,
  ImportStatus,
} from '@shared/supervisor/supervisor-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';
import { refreshTopics } from '../../../api/queries';

/**
 * How often a running import is asked how far it got: often for a handful of files, less
 * often for a stick of thousands, whose every answer carries the results so far.
 */
const pollMs = (total: number) => (total > 500 ? 1000 : 200);
/** A running import's counts are read out at most this often, so they do not drown speech. */
const ANNOUNCE_EVERY_MS = 3000;

/** What the live region says about an import: that it runs (with counts now and then), or ended. */
export interface Announcement {
  finished: boolean;
  run: ImportRun | null;
}
const HISTORY_PAGE = 50;

export type HistoryFile = ImportFileResult & { importedAt: string };

interface ImportStore {
  run: ImportRun | null;
  error: ApiError | null;
  /** The import was asked for and has not finished. */
  running: boolean;
  announcement: Announcement | null;
  history: { total: number; files: HistoryFile[] } | null;
  historyStatus: ImportStatus | null;
  historyLimit: number;
  historyError: ApiError | null;
  /** Imports the chosen or dropped files and folders, by their handles. */
  start: (handles: string[]) => Promise<void>;
  /** Shows an error that arose before the import could start (a failed dialog). */
  fail: (error: ApiError) => void;
  loadHistory: () => Promise<void>;
  setHistoryStatus: (status: ImportStatus | null) => Promise<void>;
  showMore: () => Promise<void>;
}

// Each start gets a number; a poll loop stops once a newer import has started.
let generation = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const useImportStore = create<ImportStore>()((set, get) => ({
  run: null,
  error: null,
  running: false,
  announcement: null,
  history: null,
  historyStatus: null,
  historyLimit: HISTORY_PAGE,
  historyError: null,

  start: async (handles) => {
    const mine = ++generation;
    set({ running: true, error: null, run: null, announcement: { finished: false, run: null } });
    let announcedAt = Date.now();
    const started = await callApi('importSyncFiles', { handles });
    if (mine !== generation) return;
    if (!started.ok) {
      set({ running: false, error: started.error, announcement: null });
      return;
    }
    let run = started.value;
    set({ run });
    while (!run.finished) {
      await sleep(pollMs(run.total));
      if (mine !== generation) return;
      const progress = await callApi('getImportProgress', { runId: run.runId });
      if (mine !== generation) return;
      if (!progress.ok) {
        set({ running: false, error: progress.error, announcement: null });
        return;
      }
      run = progress.value;
      set({ run });
      if (Date.now() - announcedAt >= ANNOUNCE_EVERY_MS) {
        announcedAt = Date.now();
        set({ announcement: { finished: false, run } });
      }
    }
    set({ running: false, announcement: { finished: true, run } });
    // The run changed the central store: what shows it is read again.
    await refreshTopics(['central']);
  },

  fail: (error) => set({ error }),

  loadHistory: async () => {
    const { historyStatus, historyLimit } = get();
    const result = await callApi('listImports', {
      ...(historyStatus ? { status: historyStatus } : {}),
      limit: historyLimit,
      offset: 0,
    });
    if (result.ok) set({ history: result.value, historyError: null });
    else set({ historyError: result.error });
  },

  setHistoryStatus: async (historyStatus) => {
    set({ historyStatus, historyLimit: HISTORY_PAGE });
    await get().loadHistory();
  },

  showMore: async () => {
    set({ historyLimit: Math.min(1000, get().historyLimit + HISTORY_PAGE) });
    await get().loadHistory();
  },
}));
