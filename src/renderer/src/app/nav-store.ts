import { create } from 'zustand';

export const SECTIONS = [
  'voters',
  'accommodations',
  'protocol',
  'infolog',
  'sync',
  'audit',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

interface NavState {
  section: Section;
  go: (section: Section) => void;
}

export const useNavStore = create<NavState>()((set) => ({
  section: 'voters',
  go: (section) => set({ section }),
}));
