import { create } from 'zustand';
import type { PrecinctSort } from '@shared/supervisor/precinct-list-contract';
import type { SortOrder } from '../../../ui/SortHeads';

/**
 * How the dashboard's precincts are looked at: the region, the search typed and the one sent,
 * the order and the page. Kept apart from the screen, so a precinct opened and closed again
 * leaves the list as it was.
 */
interface PrecinctListView {
  region: string;
  text: string;
  search: string;
  order: SortOrder<PrecinctSort>;
  page: number;
  setRegion: (region: string) => void;
  setText: (text: string) => void;
  setSearch: (search: string) => void;
  setOrder: (order: SortOrder<PrecinctSort>) => void;
  setPage: (page: number) => void;
}

export const usePrecinctListView = create<PrecinctListView>()((set, get) => ({
  region: '',
  text: '',
  search: '',
  order: { sort: 'number', descending: false },
  page: 0,
  // A new region, search or order starts again at the first page.
  setRegion: (region) => set({ region, page: 0 }),
  setText: (text) => set({ text }),
  setSearch: (search) => {
    if (search !== get().search) set({ search, page: 0 });
  },
  setOrder: (order) => set({ order, page: 0 }),
  setPage: (page) => set({ page }),
}));
