import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
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
      // A hidden, sandboxed window with scripts off renders the document the UI composed.
      const printer = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      });
      try {
        await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      } finally {
        printer.destroy();
      }
    },
    async printDocument(html: string) {
      // The same hidden, script-less window, sent to the system's print dialog: no file is
      // written on the way (the recovery code must not rest on disk).
      const printer = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      });
      try {
        await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await new Promise<boolean>((resolve, reject) => {
          printer.webContents.print(
            { silent: false, printBackground: true, pageSize: 'A4' },
            (success, failureReason) => {
              if (success) resolve(true);
              else if (failureReason === 'cancelled') resolve(false);
              else reject(new Error(`Printing failed: ${failureReason}`));
            },
          );
        });
      } finally {
        printer.destroy();
      }
    },
  };
}
