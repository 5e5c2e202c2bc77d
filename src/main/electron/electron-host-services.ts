import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { withPrintWindow } from './print-documents';
import type { FileFilter, HostServices } from '../core/boundary/host-services';

/** Electron's native dialogs and printToPDF behind the host interface. */
export function electronHostServices(window: () => BrowserWindow | null): HostServices {
  return {
    info: { kind: 'electron', nativeDialogs: true },
    async showSaveDialog(defaultName: string, filters: FileFilter[]) {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters };
      const parent = window();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog(filters: FileFilter[], multiple: boolean, directories: boolean) {
      const options: Electron.OpenDialogOptions = {
        filters,
        properties: [
          directories ? 'openDirectory' : 'openFile',
          ...(multiple ? (['multiSelections'] as const) : []),
        ],
      };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async renderPdf(html: string) {
      return withPrintWindow(html, (printer) =>
        // The document's @page rule sets size and orientation (landscape registers).
        printer.webContents.printToPDF({
          printBackground: true,
          pageSize: 'A4',
          preferCSSPageSize: true,
        }),
      );
    },
    async printDocument(html: string) {
      // Sent to the system's print dialog: no file is written on the way.
      return withPrintWindow(
        html,
        (printer) =>
          new Promise<boolean>((resolve, reject) => {
            printer.webContents.print(
              { silent: false, printBackground: true, pageSize: 'A4' },
              (success, failureReason) => {
                if (success) resolve(true);
                else if (failureReason === 'cancelled') resolve(false);
                else reject(new Error(`Printing failed: ${failureReason}`));
              },
            );
          }),
      );
    },
  };
}
