import { create } from 'zustand';

/**
 * Which hour's suggestion to print the list of who has voted is settled (by the app's clock,
 * `YYYY-MM-DD HH:00` precinct time): hidden by the member, or the list printed from the voter
 * list screen in that hour. Kept while the app runs; the next hour brings a new suggestion.
 */
interface VotedListState {
  settledHour: string | null;
  settle: (hour: string) => void;
}

export const useVotedListStore = create<VotedListState>()((set) => ({
  settledHour: null,
  settle: (hour) => set({ settledHour: hour }),
}));
