import { create } from 'zustand';
import type { Language } from '../../../shared/roles';

interface LanguageState {
  language: Language;
  /** Shows the screens in this language; saving the choice is the caller's business. */
  setLanguage: (language: Language) => void;
}

// Kazakh, the state language, until the core says what this device or member chose.
export const useLanguageStore = create<LanguageState>()((set) => ({
  language: 'kk',
  setLanguage: (language) => set({ language }),
}));
