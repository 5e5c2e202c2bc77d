/**
 * The Electron shell: window, IPC registration, security settings, dialogs and printing.
 * The only main-process code that imports 'electron'; everything else is the core.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage } from 'electron';
import { channelOf, OPERATION_NAMES } from '@shared/api';
import { err } from '@shared/result';
import { createAppCore, type AppCore } from '../core/app-core';
import { clockFromEnvironment, overrideAllowed } from '../core/kernel/clock';
import { resolveDataDir } from '../core/kernel/data-dir';
import { dispatch } from '../core/boundary/dispatch';
import { honourTestCostSwitch } from '../core/airgap/package-seal';
import { startupFailureText } from '../core/boundary/startup-failure';
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';
import { useXlsxLauncher, useXlsxWorker } from '../core/features/voters/list-file';
import { useSyncReadWorker } from '../core/features/supervisor/file-reader';
import { useOsKeystore } from '../core/kernel/at-rest/os-keystore';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { electronHostServices } from './electron-host-services';
import { safeStorageKeystore } from './os-keystore';
import { isAppFrame, lockDownSessions } from './security';
import { utilityXlsxProcess } from './xlsx-utility-process';

const here = fileURLToPath(new URL('.', import.meta.url));
// The built worker that checks voter lists sits beside this entry in out/main.
useListCheckWorker(new URL('./list-check-worker.js', import.meta.url));
useXlsxWorker(new URL('./xlsx-worker.js', import.meta.url));
// The packaged app cannot run its own binary as Node (the RunAsNode fuse is off).
useXlsxLauncher(utilityXlsxProcess);
useSyncReadWorker(new URL('./sync-read-worker.js', import.meta.url));
// A packaged app always stretches handover codes at the real cost, whatever its environment.
honourTestCostSwitch(process.env, { packaged: app.isPackaged });
let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;

const dataDir = resolveDataDir(undefined);
// A data folder chosen by PRECINCT_DESK_DATA_DIR keeps Electron's own profile beside it, so
// one app runs per data folder (the single-instance lock lives in the profile).
if (process.env.PRECINCT_DESK_DATA_DIR) app.setPath('userData', join(dataDir, 'electron-profile'));
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // One app per laptop: a second start brings the first window forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  void app.whenReady().then(async () => {
    try {
      // PIN wraps are sealed by the OS keystore as well, where there is one that protects
      // (a keystore that fails to answer is none: the wraps it sealed are refused, not lost).
      useOsKeystore(await safeStorageKeystore(safeStorage, process.platform).catch(() => null));
      start();
    } catch (error) {
      // An unopenable data folder (say, from a newer version) must be said, not crash
      // silently: in the laptop's language, before any screen is up.
      dialog.showErrorBox('Precinct Desk', startupFailureText(error, dataDir, app.getLocale()));
      app.quit();
    }
  });
}

function start(): void {
  lockDownSessions();
  serveRenderer(join(here, '../renderer'));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'editMenu' },
      { role: 'windowMenu' },
    ]),
  );

  const appCore = createAppCore({
    dataDir,
    clock: clockFromEnvironment(process.env, {
      allowOverride: overrideAllowed(process.env, app.isPackaged),
    }),
    host: electronHostServices(() => mainWindow),
  });
  core = appCore;
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) =>
      isAppFrame(event.senderFrame)
        ? dispatch(appCore.handlers, name, input)
        : err('wrong_sender', 'The message did not come from the app page'),
    );
  }
  openWindow();
}

function openWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Precinct Desk',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // No DevTools in the commission's app (the Chromium host closes them too).
      devTools: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => {
  core?.close();
  core = null;
  app.quit();
});
