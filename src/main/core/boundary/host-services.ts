import type { HostInfo } from '@shared/api';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What each host provides beyond the core: file dialogs, rendering a document to PDF and
 * printing one.
 * Electron implements them with its dialogs and printToPDF; the Chromium host with the
 * UI's in-app path picker and a PDF rendered by headless Chromium.
 */
export interface HostServices {
  info: HostInfo;
  showSaveDialog(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /** With `directories`, folders are chosen instead of files. */
  showOpenDialog(
    filters: FileFilter[],
    multiple: boolean,
    directories: boolean,
  ): Promise<string[] | null>;
  renderPdf(html: string): Promise<Uint8Array>;
  /**
   * Sends a document straight to a printer through the system's print dialog, writing no
   * file: true once printed, false when the member cancelled. A host whose page is printed by
   * the browser itself (the Chromium host) or that has no printer (the command line) refuses.
   */
  printDocument(html: string): Promise<boolean>;
}
