import { app, session, type WebContents } from 'electron';
import { isAppPageUrl } from '../core/boundary/app-files';
import { APP_ORIGIN } from './app-protocol';

/**
 * The window shows only the app's own pages: navigation away, new windows, webviews,
 * permission requests and any request to the network are refused.
 */
export function lockDownSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppPageUrl(url, APP_ORIGIN)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppPageUrl(url, APP_ORIGIN)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** True when an IPC message comes from the app's own top-level page. */
export function isAppFrame(frame: Electron.WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppPageUrl(frame.url, APP_ORIGIN);
}
