import { create } from 'zustand';
import type { AuditPage, ChainReport } from '../../../../shared/api';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';

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
  /** Member id → name: from listMembers where allowed, else from the entries seen so far. */
  memberNames: Record<string, string>;
  /** Fresh start for the screen: no filters, first page, chain checked. */
  open: () => Promise<void>;
  setFilters: (patch: Partial<AuditFilters>) => Promise<void>;
  setPage: (page: number) => Promise<void>;
  load: () => Promise<void>;
  verify: () => Promise<void>;
}

// Answers may arrive out of order when filters change quickly; only the newest counts.
let latestRequest = 0;

export const useAuditStore = create<AuditState>()((set, get) => ({
  filters: NO_FILTERS,
  page: 0,
  data: null,
  loadError: null,
  chain: null,
  chainError: null,
  verifying: false,
  memberNames: {},

  open: async () => {
    set({ filters: NO_FILTERS, page: 0 });
    const members = await callApi('listMembers', {});
    if (members.ok) {
      set({
        memberNames: Object.fromEntries(members.value.map((m) => [m.id, m.fullName])),
      });
    }
    await Promise.all([get().load(), get().verify()]);
  },

  setFilters: async (patch) => {
    set((state) => ({ filters: { ...state.filters, ...patch }, page: 0 }));
    await get().load();
  },

  setPage: async (page) => {
    set({ page });
    await get().load();
  },

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
    const seen: Record<string, string> = {};
    for (const entry of result.value.entries) {
      if (entry.actorId && entry.actorName) seen[entry.actorId] = entry.actorName;
    }
    set((state) => ({
      data: result.value,
      loadError: null,
      memberNames: { ...seen, ...state.memberNames },
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
}));
