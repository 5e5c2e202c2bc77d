import { create } from 'zustand';
import type { OperationInput } from '@shared/api';
import type { ComplaintDeadlineRules } from '@shared/infolog/complaint-deadline';
import type { ComplaintFilter, EntryKind, RecordableKind } from '@shared/infolog/entry-kinds';
import type { ComplaintResponse, EntryDetails } from '@shared/infolog/entry-schemas';
import type {
  InfoLogDay,
  InfoLogEntryView,
  InfoLogPage,
  InfoLogSettings,
} from '@shared/infolog/infolog-contract';
import type { MessageKey } from '@shared/i18n';
import type { ApiError, Result } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { localNow } from '../../api/local-now';
import { reloadAfter } from '../../api/reload-after';
import { mutate } from '../../api/queries';

export const LOG_PAGE_SIZE = 50;
/** Registers and exports read every matching entry at once (a precinct's log is small). */
export const ALL_ENTRIES = 5000;

export const INFOLOG_VIEWS = ['log', 'observers', 'complaints', 'counts'] as const;
export type InfoLogView = (typeof INFOLOG_VIEWS)[number];

export interface LogFilters {
  kind: EntryKind | '';
  fromDate: string;
  toDate: string;
  memberId: string;
  text: string;
}

const NO_FILTERS: LogFilters = { kind: '', fromDate: '', toDate: '', memberId: '', text: '' };

/** A dialog the screen shows, and the entry it is about. */
export type InfoLogDialog =
  | { type: 'record'; kind: RecordableKind }
  | { type: 'correct' | 'withdraw' | 'checkOut' | 'answer'; entry: InfoLogEntryView };

export interface InfoLogNotice {
  key: MessageKey;
  params: Record<string, string | number>;
  /** The entry's kind, named in the screen's language as `{kind}`. */
  kind?: EntryKind;
}

type ListInput = OperationInput<'listInfoLog'>;

interface InfoLogState {
  view: InfoLogView;
  filters: LogFilters;
  page: number;
  log: InfoLogPage | null;
  presentOnly: boolean;
  observers: InfoLogPage | null;
  complaintFilter: ComplaintFilter | '';
  complaints: InfoLogPage | null;
  countRange: { fromDate: string; toDate: string };
  counts: InfoLogDay[] | null;
  settings: InfoLogSettings | null;
  /** Across the whole log: shown above every view. */
  summary: { presentObservers: number; overdueComplaints: number } | null;
  loadError: ApiError | null;
  notice: InfoLogNotice | null;
  dialog: InfoLogDialog | null;
  /** The core's clock as a precinct-local `YYYY-MM-DDTHH:MM`, read when the dialog opened. */
  now: string;

  /** Fresh start for the screen: the log, no filters. */
  open: () => Promise<void>;
  setView: (view: InfoLogView) => Promise<void>;
  setFilters: (patch: Partial<LogFilters>) => Promise<void>;
  setPage: (page: number) => Promise<void>;
  setPresentOnly: (presentOnly: boolean) => Promise<void>;
  setComplaintFilter: (filter: ComplaintFilter | '') => Promise<void>;
  setCountRange: (patch: Partial<{ fromDate: string; toDate: string }>) => Promise<void>;
  /** Reads the current view again. */
  load: () => Promise<void>;
  /** Every entry the current view shows (not just one page), oldest first, for exports. */
  exportEntries: () => Promise<Result<InfoLogEntryView[]>>;
  /** Reads the core's clock (forms start at now), then shows the dialog. */
  openDialog: (dialog: InfoLogDialog) => Promise<void>;
  closeDialog: () => void;
  // Each write resolves to the error to show in its dialog, or null when it worked.
  record: (at: string, details: EntryDetails) => Promise<ApiError | null>;
  correct: (
    entry: InfoLogEntryView,
    at: string,
    details: EntryDetails,
    reason: string,
  ) => Promise<ApiError | null>;
  withdraw: (entry: InfoLogEntryView, reason: string) => Promise<ApiError | null>;
  checkOut: (entry: InfoLogEntryView, at: string) => Promise<ApiError | null>;
  answer: (entry: InfoLogEntryView, response: ComplaintResponse) => Promise<ApiError | null>;
  saveDeadlines: (rules: ComplaintDeadlineRules) => Promise<ApiError | null>;
}

// Answers may arrive out of order when filters change quickly; only the newest counts.
let latestRequest = 0;

const optional = (value: string) => value || undefined;

/** The list query behind a view (without paging). */
function queryOf(state: InfoLogState): Omit<ListInput, 'limit' | 'offset' | 'order'> {
  switch (state.view) {
    case 'observers':
      return { kind: 'observer', presentOnly: state.presentOnly || undefined };
    case 'complaints':
      return { kind: 'complaint', complaintStatus: state.complaintFilter || undefined };
    default:
      return {
        kind: state.filters.kind || undefined,
        fromDate: optional(state.filters.fromDate),
        toDate: optional(state.filters.toDate),
        memberId: optional(state.filters.memberId),
        text: optional(state.filters.text.trim()),
      };
  }
}

const nameOf = (entry: InfoLogEntryView) =>
  entry.details.kind === 'observer' ? entry.details.observerName : '';

export const useInfoLogStore = create<InfoLogState>()((set, get) => {
  const reload = reloadAfter(set, get);
  /**
   * Runs a write (which refreshes the view shown, see api/queries.ts), then closes the dialog
   * and says what happened. Closing after the refresh lets focus go back to the button that
   * opened the dialog when it is still there (Correct), or to the screen's heading when the
   * change removed it (Answer, Check out, Withdraw), never to a button about to vanish.
   */
  async function write(
    call: Promise<Result<InfoLogEntryView>>,
    notice: (entry: InfoLogEntryView) => InfoLogNotice,
  ): Promise<ApiError | null> {
    const result = await call;
    if (!result.ok) return result.error;
    set({ dialog: null, notice: notice(result.value) });
    return null;
  }

  return {
    view: 'log',
    filters: NO_FILTERS,
    page: 0,
    log: null,
    presentOnly: false,
    observers: null,
    complaintFilter: '',
    complaints: null,
    countRange: { fromDate: '', toDate: '' },
    counts: null,
    settings: null,
    summary: null,
    loadError: null,
    notice: null,
    dialog: null,
    now: '',

    open: async () => {
      set({
        view: 'log',
        filters: NO_FILTERS,
        page: 0,
        presentOnly: false,
        complaintFilter: '',
        countRange: { fromDate: '', toDate: '' },
        notice: null,
        dialog: null,
      });
      await get().load();
    },

    setView: (view) => reload({ view, notice: null }),

    setFilters: (patch) =>
      reload((state) => ({ filters: { ...state.filters, ...patch }, page: 0 })),

    setPage: (page) => reload({ page }),

    setPresentOnly: (presentOnly) => reload({ presentOnly }),

    setComplaintFilter: (complaintFilter) => reload({ complaintFilter }),

    setCountRange: (patch) =>
      reload((state) => ({ countRange: { ...state.countRange, ...patch } })),

    load: async () => {
      const request = ++latestRequest;
      const state = get();
      const paged = state.view === 'log';
      const [list, counts, settings] = await Promise.all([
        callApi('listInfoLog', {
          ...queryOf(state),
          order: 'newest',
          // The counts view needs only the summary the list carries.
          limit: paged ? LOG_PAGE_SIZE : state.view === 'counts' ? 1 : ALL_ENTRIES,
          offset: paged ? state.page * LOG_PAGE_SIZE : 0,
        }),
        state.view === 'counts'
          ? callApi('getInfoLogCounts', {
              fromDate: optional(state.countRange.fromDate),
              toDate: optional(state.countRange.toDate),
            })
          : null,
        state.view === 'complaints' ? callApi('getInfoLogSettings', {}) : null,
      ]);
      if (request !== latestRequest) return;
      const failed = [list, counts, settings].find((result) => result && !result.ok);
      if (failed && !failed.ok) {
        set({ loadError: failed.error });
        return;
      }
      if (!list.ok) return;
      const page = list.value;
      set({
        loadError: null,
        summary: {
          presentObservers: page.presentObservers,
          overdueComplaints: page.overdueComplaints,
        },
        ...(state.view === 'log' ? { log: page } : {}),
        ...(state.view === 'observers' ? { observers: page } : {}),
        ...(state.view === 'complaints' ? { complaints: page } : {}),
        ...(counts?.ok ? { counts: counts.value } : {}),
        ...(settings?.ok ? { settings: settings.value } : {}),
      });
    },

    exportEntries: async () => {
      const result = await callApi('listInfoLog', {
        ...queryOf(get()),
        order: 'oldest',
        limit: ALL_ENTRIES,
        offset: 0,
      });
      return result.ok ? { ok: true, value: result.value.entries } : result;
    },

    openDialog: async (dialog) => {
      set({ dialog, notice: null, now: await localNow() });
    },
    closeDialog: () => set({ dialog: null }),

    record: (at, details) =>
      write(mutate('recordInfoLogEntry', { at, details }), (entry) => ({
        key: 'infolog.notice.recorded',
        params: { number: entry.number },
        kind: entry.kind,
      })),

    correct: (entry, at, details, reason) =>
      write(
        mutate('correctInfoLogEntry', { entryId: entry.id, at, details, reason }),
        (corrected) => ({
          key: 'infolog.notice.corrected',
          params: { number: corrected.number },
          kind: corrected.kind,
        }),
      ),

    withdraw: (entry, reason) =>
      write(mutate('withdrawInfoLogEntry', { entryId: entry.id, reason }), (withdrawn) => ({
        key: 'infolog.notice.withdrawn',
        params: { number: withdrawn.number },
        kind: withdrawn.kind,
      })),

    checkOut: (entry, at) =>
      write(mutate('checkOutObserver', { entryId: entry.id, at }), (observer) => ({
        key: 'infolog.notice.checkedOut',
        params: { name: nameOf(observer) },
      })),

    answer: (entry, response) =>
      write(mutate('answerComplaint', { entryId: entry.id, response }), (answered) => ({
        key: 'infolog.notice.answered',
        params: { number: answered.number },
      })),

    saveDeadlines: async (rules) => {
      const result = await mutate('setComplaintDeadlines', rules);
      if (!result.ok) return result.error;
      set({ settings: result.value, notice: { key: 'infolog.notice.deadlinesSaved', params: {} } });
      return null;
    },
  };
});
