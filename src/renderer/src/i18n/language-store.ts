import { create } from 'zustand';
import type { ApiError } from '@shared/result';
import type { Language } from '@shared/roles';
import { callApi } from '../api/precinct-client';

interface LanguageState {
  language: Language;
  /** The last failed attempt to save a choice, shown next to the switch. */
  saveError: ApiError | null;
  /** Shows the screens in this language (as the core reported it); saves nothing. */
  setLanguage: (language: Language) => void;
  /**
   * The user's choice: shown at once, and saved by the core as the device language
   * before login or as the logged-in member's language after it.
   */
  chooseLanguage: (language: Language) => Promise<void>;
}

// Kazakh, the state language, until the core says what this device or member chose.
export const useLanguageStore = create<LanguageState>()((set) => ({
  language: 'kk',
  saveError: null,
  setLanguage: (language) => set({ language, saveError: null }),
  chooseLanguage: async (language) => {
    set({ language, saveError: null });
    const result = await callApi('setLanguage', { language });
    set({ saveError: result.ok ? null : result.error });
  },
}));
