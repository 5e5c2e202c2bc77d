import { create } from 'zustand';
import type { ApiError } from '@shared/result';
import type { VoterSearchResult } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';

/** Most voters one search returns: a whole precinct's list (about 3,000) fits with room. */
export const SEARCH_LIMIT = 5000;
/** Typing pauses this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;

interface VoterSearchState {
  query: string;
  /** The query the shown result answers (the box may hold newer text). */
  answered: string | null;
  result: VoterSearchResult | null;
  error: ApiError | null;
  /** Index of the highlighted result (aria-activedescendant), or -1. */
  active: number;
  setQuery: (query: string) => void;
  setActive: (index: number) => void;
  /** Runs the search for the current query now, skipping the pause; resolves when answered. */
  flush: () => Promise<VoterSearchResult | null>;
  /** Searches again (the list changed: an import, a correction, a ballot). */
  refresh: () => Promise<void>;
  reset: () => void;
}

let timer: ReturnType<typeof setTimeout> | null = null;
/** Numbers each request, so a slow answer to an older query never replaces a newer one. */
let lastRequest = 0;

function cancelPending(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

export const useVoterSearchStore = create<VoterSearchState>()((set, get) => {
  async function run(): Promise<VoterSearchResult | null> {
    cancelPending();
    const request = ++lastRequest;
    const query = get().query;
    const outcome = await callApi('searchVoters', { query, limit: SEARCH_LIMIT });
    if (request !== lastRequest) return get().result;
    if (!outcome.ok) {
      set({ error: outcome.error, result: null, answered: query, active: -1 });
      return null;
    }
    // The same query asked again (the list changed): the highlight stays where it was.
    const { answered, active } = get();
    const kept = answered === query ? Math.min(active, outcome.value.voters.length - 1) : -1;
    set({ result: outcome.value, error: null, answered: query, active: kept });
    return outcome.value;
  }

  return {
    query: '',
    answered: null,
    result: null,
    error: null,
    active: -1,

    setQuery: (query) => {
      set({ query });
      cancelPending();
      timer = setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
    },

    setActive: (active) => set({ active }),

    flush: () => {
      if (timer === null && get().answered === get().query) return Promise.resolve(get().result);
      return run();
    },

    refresh: async () => {
      // Only a search already shown is read again; an empty box stays as it is.
      if (get().answered === null) return;
      await run();
    },

    reset: () => {
      cancelPending();
      lastRequest++;
      set({ query: '', answered: null, result: null, error: null, active: -1 });
    },
  };
});
