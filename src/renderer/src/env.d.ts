import type { PrecinctApi } from '@shared/api';

declare global {
  interface Window {
    /** The typed API injected by the host (Electron preload or the Chromium host). */
    readonly precinct: PrecinctApi;
  }
}

export {};
