import { create } from 'zustand';
import type { Permission } from '@shared/roles';

export const SECTIONS = [
  'home',
  'voters',
  'accommodations',
  'protocol',
  'infolog',
  'sync',
  'audit',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The permissions a section needs, one of which the member must hold; a section without an
 * entry is for every member. The sidebar shows only what the member's role reaches.
 */
export const SECTION_NEEDS: Partial<Record<Section, readonly Permission[]>> = {
  sync: ['sync.export', 'precinct.setup'],
  audit: ['audit.read'],
};

/** The sections a member with these permissions reaches, in the sidebar's order. */
export function sectionsFor(permissions: readonly Permission[]): Section[] {
  return SECTIONS.filter((section) => {
    const needs = SECTION_NEEDS[section];
    return !needs || needs.some((permission) => permissions.includes(permission));
  });
}

interface NavState {
  section: Section;
  go: (section: Section) => void;
}

export const useNavStore = create<NavState>()((set) => ({
  section: 'home',
  go: (section) => set({ section }),
}));
