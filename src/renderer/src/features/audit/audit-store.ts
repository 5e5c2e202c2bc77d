import { create } from 'zustand';
import type { AuditEntry, AuditPage, ChainReport } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { reloadAfter } from '../../api/reload-after';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  type: string;
  actorId: string;
  fromDate: string;
  toDate: string;
}

const NO_FILTERS: AuditFilters = { type: '', actorId: '', fromDate: '', toDate: '' };

interface AuditState {
  filters: AuditFilters;
  page: number;
  data: AuditPage | null;
  loadError: ApiError | null;
  chain: ChainReport | null;
  chainError: ApiError | null;
  verifying: boolean;
  /**
   * Member id → name for the member filter: every member when the reader may list them
   * (the chair), else the members seen acting in the entries read so far.
   */
  filterMembers: Record<string, string>;
  /** Member id → name of every member named in the entries read so far (and listed ones). */
  knownNames: Record<string, string>;
  /** Fresh start for the screen: no filters, first page, chain checked. */
  open: (canListMembers: boolean) => Promise<void>;
  setFilters: (patch: Partial<AuditFilters>) => Promise<void>;
  setPage: (page: number) => Promise<void>;
  load: () => Promise<void>;
  verify: () => Promise<void>;
}

// Answers may arrive out of order when filters change quickly; only the newest counts.
let latestRequest = 0;

/** The names the entries carry: who acted, whom each event is about, and who was added. */
function namesIn(entries: AuditEntry[]): {
  actors: Record<string, string>;
  all: Record<string, string>;
} {
  const actors: Record<string, string> = {};
  const all: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.actorId && entry.actorName) actors[entry.actorId] = entry.actorName;
    const subject = entry.payload.member_id;
    if (typeof subject !== 'string') continue;
    const fullName = entry.payload.full_name;
    if (entry.subjectName) all[subject] = entry.subjectName;
    else if (entry.type === 'member.added' && typeof fullName === 'string') all[subject] = fullName;
  }
  return { actors, all: { ...all, ...actors } };
}

export const useAuditStore = create<AuditState>()((set, get) => {
  const reload = reloadAfter(set, get);
  return {
    filters: NO_FILTERS,
    page: 0,
    data: null,
    loadError: null,
    chain: null,
    chainError: null,
    verifying: false,
    filterMembers: {},
    knownNames: {},

    open: async (canListMembers) => {
      // Names from an earlier visit may belong to another reader's view: start afresh.
      set({ filters: NO_FILTERS, page: 0, filterMembers: {}, knownNames: {} });
      if (canListMembers) {
        const members = await callApi('listMembers', {});
        if (members.ok) {
          const names = Object.fromEntries(members.value.map((m) => [m.id, m.fullName]));
          set({ filterMembers: names, knownNames: names });
        }
      }
      await Promise.all([get().load(), get().verify()]);
    },

    setFilters: (patch) =>
      reload((state) => ({ filters: { ...state.filters, ...patch }, page: 0 })),

    setPage: (page) => reload({ page }),

    load: async () => {
      const request = ++latestRequest;
      const { filters, page } = get();
      const result = await callApi('listAuditEvents', {
        type: filters.type || undefined,
        actorId: filters.actorId || undefined,
        fromDate: filters.fromDate || undefined,
        toDate: filters.toDate || undefined,
        limit: AUDIT_PAGE_SIZE,
        offset: page * AUDIT_PAGE_SIZE,
      });
      if (request !== latestRequest) return;
      if (!result.ok) {
        set({ loadError: result.error });
        return;
      }
      const seen = namesIn(result.value.entries);
      set((state) => ({
        data: result.value,
        loadError: null,
        filterMembers: { ...seen.actors, ...state.filterMembers },
        knownNames: { ...seen.all, ...state.knownNames },
      }));
    },

    verify: async () => {
      set({ verifying: true });
      const result = await callApi('verifyAuditChain', {});
      set(
        result.ok
          ? { verifying: false, chain: result.value, chainError: null }
          : { verifying: false, chain: null, chainError: result.error },
      );
    },
  };
});
