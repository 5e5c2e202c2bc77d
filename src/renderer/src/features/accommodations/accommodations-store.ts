import { create } from 'zustand';
import type {
  AccommodationKind,
  ItemStatus,
  RequestStatus,
} from '@shared/accommodations/accommodation-kinds';
import type {
  AccommodationSettings,
  AccommodationSummary,
  EquipmentChecklist,
  EquipmentView,
  RegisterPage,
  RegisterRow,
  TripView,
} from '@shared/accommodations/accommodation-contract';
import type { RegisterFilter } from '@shared/accommodations/accommodation-schemas';
import type { LoginMember } from '@shared/api';
import type { MessageKey } from '@shared/i18n';
import type { ApiError, Result } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { localNow } from '../../api/local-now';
import { reloadAfter } from '../../api/reload-after';

export const REGISTER_PAGE_SIZE = 50;
/** Exports and the trip planner read every matching request at once (a precinct's are few). */
export const ALL_REQUESTS = 5000;

export const ACCOMMODATION_VIEWS = ['register', 'trips', 'equipment', 'summary'] as const;
export type AccommodationView = (typeof ACCOMMODATION_VIEWS)[number];

export interface RegisterFilters {
  kind: AccommodationKind | '';
  status: ItemStatus | RequestStatus | '';
  fromDate: string;
  toDate: string;
  text: string;
  notOnListOnly: boolean;
}

const NO_FILTERS: RegisterFilters = {
  kind: '',
  status: '',
  fromDate: '',
  toDate: '',
  text: '',
  notOnListOnly: false,
};

/** A dialog the screen shows over its views. */
export type AccommodationDialog =
  | { type: 'record' }
  | { type: 'request'; requestId: string }
  | { type: 'planTrip' }
  | { type: 'departure' | 'return' | 'cancelTrip' | 'replanTrip'; trip: TripView }
  | { type: 'equipment'; item: EquipmentView };

/** A result said at the top of the screen; `tone` warning for a late request's answer. */
export interface AccommodationNotice {
  key: MessageKey;
  params: Record<string, string | number>;
  tone: 'success' | 'warning';
}

interface AccommodationsState {
  view: AccommodationView;
  filters: RegisterFilters;
  page: number;
  register: RegisterPage | null;
  trips: TripView[] | null;
  equipment: EquipmentChecklist | null;
  summary: AccommodationSummary | null;
  settings: AccommodationSettings | null;
  /** Active members, to pick who received a request and who goes on a trip. */
  members: LoginMember[];
  loadError: ApiError | null;
  notice: AccommodationNotice | null;
  dialog: AccommodationDialog | null;
  /** The core's clock as a precinct-local `YYYY-MM-DDTHH:MM`, read when a dialog opened. */
  now: string;

  /** Fresh start for the screen: the register, no filters. */
  open: () => Promise<void>;
  setView: (view: AccommodationView) => Promise<void>;
  setFilters: (patch: Partial<RegisterFilters>) => Promise<void>;
  setPage: (page: number) => Promise<void>;
  /** Reads the current view again (and the settings shown above every view). */
  load: () => Promise<void>;
  /** Every request the register's filters match (not just one page), oldest first. */
  exportRows: () => Promise<Result<RegisterRow[]>>;
  openDialog: (dialog: AccommodationDialog) => Promise<void>;
  closeDialog: () => void;
  /** Closes the dialog after a change (whose write refreshed the view) and says what happened. */
  changed: (notice: AccommodationNotice | null) => Promise<void>;
  say: (notice: AccommodationNotice | null) => void;
}

// Answers may arrive out of order when filters change quickly; only the newest counts.
let latestRequest = 0;

const optional = (value: string) => value || undefined;

/** The register's query (without paging and order). */
export function registerQuery(
  filters: RegisterFilters,
): Omit<RegisterFilter, 'order' | 'limit' | 'offset'> {
  return {
    kind: filters.kind || undefined,
    status: filters.status || undefined,
    fromDate: optional(filters.fromDate),
    toDate: optional(filters.toDate),
    text: optional(filters.text.trim()),
    notOnListOnly: filters.notOnListOnly || undefined,
  };
}

export const useAccommodationsStore = create<AccommodationsState>()((set, get) => {
  const reload = reloadAfter(set, get);
  return {
    view: 'register',
    filters: NO_FILTERS,
    page: 0,
    register: null,
    trips: null,
    equipment: null,
    summary: null,
    settings: null,
    members: [],
    loadError: null,
    notice: null,
    dialog: null,
    now: '',

    open: async () => {
      set({ view: 'register', filters: NO_FILTERS, page: 0, notice: null, dialog: null });
      const members = await callApi('listLoginMembers', {});
      if (members.ok) set({ members: members.value });
      await get().load();
    },

    setView: (view) => reload({ view, notice: null }),

    setFilters: (patch) =>
      reload((state) => ({ filters: { ...state.filters, ...patch }, page: 0 })),

    setPage: (page) => reload({ page }),

    load: async () => {
      const request = ++latestRequest;
      const state = get();
      const [settings, data] = await Promise.all([
        callApi('getAccommodationSettings', {}),
        loadView(state),
      ]);
      if (request !== latestRequest) return;
      const failed = [settings, data].find((result) => !result.ok);
      if (failed && !failed.ok) {
        set({ loadError: failed.error });
        return;
      }
      set({
        loadError: null,
        ...(settings.ok ? { settings: settings.value } : {}),
        ...(data.ok ? data.value : {}),
      });
    },

    exportRows: async () => {
      const result = await callApi('listAccommodationRequests', {
        ...registerQuery(get().filters),
        order: 'oldest',
        limit: ALL_REQUESTS,
        offset: 0,
      });
      return result.ok ? { ok: true, value: result.value.rows } : result;
    },

    openDialog: async (dialog) => {
      set({ dialog, notice: null, now: await localNow() });
    },
    closeDialog: () => set({ dialog: null }),

    changed: async (notice) => {
      set({ dialog: null, notice });
    },
    say: (notice) => set({ notice }),
  };
});

type ViewData = Partial<Pick<AccommodationsState, 'register' | 'trips' | 'equipment' | 'summary'>>;

/** What the current view shows, read from the core. */
async function loadView(state: AccommodationsState): Promise<Result<ViewData>> {
  switch (state.view) {
    case 'register': {
      const page = await callApi('listAccommodationRequests', {
        ...registerQuery(state.filters),
        order: 'newest',
        limit: REGISTER_PAGE_SIZE,
        offset: state.page * REGISTER_PAGE_SIZE,
      });
      return page.ok ? { ok: true, value: { register: page.value } } : page;
    }
    case 'trips': {
      const trips = await callApi('listHomeVotingTrips', {});
      return trips.ok ? { ok: true, value: { trips: trips.value } } : trips;
    }
    case 'equipment': {
      const equipment = await callApi('getStationEquipment', {});
      return equipment.ok ? { ok: true, value: { equipment: equipment.value } } : equipment;
    }
    case 'summary': {
      const summary = await callApi('getAccommodationSummary', {});
      return summary.ok ? { ok: true, value: { summary: summary.value } } : summary;
    }
    default:
      return { ok: true, value: {} };
  }
}
