import { create } from 'zustand';

/** The parts of the voter list screen, in the order the navigation shows them. */
export const VOTER_AREAS = [
  'find',
  'import',
  'corrections',
  'inquiry',
  'sections',
  'turnout',
] as const;
export type VoterArea = (typeof VOTER_AREAS)[number];

interface VotersNavState {
  area: VoterArea;
  /** The voter whose card is open, by IIN (the card is a dialog over any area). */
  cardIin: string | null;
  go: (area: VoterArea) => void;
  openCard: (iin: string) => void;
  closeCard: () => void;
  /** Back to the start: nothing of one member's work stays on screen for the next. */
  reset: () => void;
}

export const useVotersNavStore = create<VotersNavState>()((set) => ({
  area: 'find',
  cardIin: null,
  go: (area) => set({ area }),
  openCard: (iin) => set({ cardIin: iin }),
  closeCard: () => set({ cardIin: null }),
  reset: () => set({ area: 'find', cardIin: null }),
}));
