/**
 * The Chromium host: the same core and the same renderer build as the Electron app, with
 * Chromium (driven through Playwright) in place of Electron. It serves the end-to-end tests
 * and a look at the UI on machines without the Electron binary. It listens on no port: the
 * app's pages are answered from the build folder by request interception, and
 * `window.precinct` is injected with exposeBinding, so the renderer cannot tell the hosts apart.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type LaunchOptions,
  type Page,
} from 'playwright-core';
import { OPERATION_NAMES } from '@shared/api';
import { DomainError, err } from '@shared/result';
import { createAppCore, type AppCore } from '../core/app-core';
import type { Clock } from '../core/kernel/clock';
import { isAppPageUrl, resolveAppFile } from '../core/boundary/app-files';
import { CONTENT_SECURITY_POLICY } from '../core/boundary/content-security-policy';
import { dispatch } from '../core/boundary/dispatch';
import type { HostServices } from '../core/boundary/host-services';

/** The origin the app's pages get; `.invalid` never resolves, and no request leaves anyway. */
export const CHROMIUM_APP_ORIGIN = 'https://precinct-desk.invalid';

/**
 * Flags for Chromium on a closed, offline machine (no background traffic, no sync), where every
 * permission prompt is answered "no" before it is shown.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--deny-permission-prompts',
];

/** Playwright's default flags that the host leaves out: it quiets a DevTools warning. */
const DROPPED_DEFAULT_ARGS = ['--unsafely-disable-devtools-self-xss-warnings'];

/** How the host launches Chromium: its flags, no DevTools opened, Playwright's DevTools flag dropped. */
export function chromiumLaunchOptions(
  headless: boolean,
  executablePath: string,
): LaunchOptions & { args: string[] } {
  return {
    executablePath,
    headless,
    args: headless ? [...CHROMIUM_ARGS] : [...CHROMIUM_ARGS, '--start-maximized'],
    ignoreDefaultArgs: DROPPED_DEFAULT_ARGS,
  };
}

/**
 * Features the app never uses, switched off for its pages, like the Electron shell's permission
 * handlers: a request for any of them fails without a prompt.
 */
export const PERMISSIONS_POLICY = [
  'camera',
  'microphone',
  'geolocation',
  'clipboard-read',
  'clipboard-write',
  'display-capture',
  'usb',
  'serial',
  'hid',
  'bluetooth',
  'midi',
  'payment',
  'idle-detection',
  'screen-wake-lock',
  'local-fonts',
  'publickey-credentials-get',
  'accelerometer',
  'gyroscope',
  'magnetometer',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface ChromiumHostOptions {
  dataDir: string;
  clock: Clock;
  rendererDir: string;
  headless: boolean;
  executablePath?: string;
}

export interface ChromiumHost {
  page: Page;
  context: BrowserContext;
  core: AppCore;
  /** Resolves when the window is closed by the user. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchChromiumHost(options: ChromiumHostOptions): Promise<ChromiumHost> {
  const executablePath = options.executablePath ?? chromiumExecutable();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(
      `The app is not built (no ${options.rendererDir}/index.html); run "npm run build".`,
    );
  }
  const browser = await chromium.launch(chromiumLaunchOptions(options.headless, executablePath));
  let core: AppCore | null = null;
  try {
    core = createAppCore({
      dataDir: options.dataDir,
      clock: options.clock,
      host: hostServices(browser, options.headless),
    });
    const context = await browser.newContext({
      viewport: options.headless ? { width: 1280, height: 820 } : null,
      serviceWorkers: 'block',
      // No permission is granted to the app's pages (and the flags deny every prompt).
      permissions: [],
    });
    await closeDevTools(browser);
    await denyPermissionsInPage(context);
    await serveRenderer(context, options.rendererDir);
    await injectApi(context, core);
    const page = await context.newPage();
    await page.goto(`${CHROMIUM_APP_ORIGIN}/index.html`);
    const openCore = core;
    const closed = new Promise<void>((resolve) => page.on('close', () => resolve()));
    return {
      page,
      context,
      core: openCore,
      closed,
      close: async () => {
        await browser.close();
        openCore.close();
      },
    };
  } catch (error) {
    core?.close();
    await browser.close();
    throw error;
  }
}

/** Answers the app origin from the build folder; every other request is refused. */
async function serveRenderer(context: BrowserContext, rendererDir: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isAppPageUrl(url, CHROMIUM_APP_ORIGIN)) return route.abort('blockedbyclient');
    const file = resolveAppFile(rendererDir, url, CHROMIUM_APP_ORIGIN);
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Permissions-Policy': PERMISSIONS_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/**
 * Closes any DevTools window as it opens (a visible window would open one on F12): Chromium
 * has no flag that removes DevTools, so the host watches the browser's targets for it.
 */
async function closeDevTools(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  cdp.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.url.startsWith('devtools://')) {
      void cdp.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
    }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
}

/**
 * The page's own side of the refusal: notification requests answer "denied" without asking,
 * and the context menu (with its "Inspect") and the DevTools keys do nothing.
 */
async function denyPermissionsInPage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = globalThis as unknown as {
      Notification?: { requestPermission?: unknown };
      addEventListener: (type: string, listener: (event: Event) => void, capture: boolean) => void;
    };
    if (page.Notification) {
      Object.defineProperty(page.Notification, 'requestPermission', {
        value: () => Promise.resolve('denied'),
      });
    }
    interface Keys {
      key: string;
      ctrlKey: boolean;
      metaKey: boolean;
      shiftKey: boolean;
    }
    const devToolsKey = (event: Keys) =>
      event.key === 'F12' ||
      ((event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        ['I', 'J', 'C'].includes(event.key.toUpperCase()));
    page.addEventListener(
      'keydown',
      (event) => {
        if (devToolsKey(event as unknown as Keys)) event.preventDefault();
      },
      true,
    );
    page.addEventListener('contextmenu', (event) => event.preventDefault(), true);
  });
}

/** Builds `window.precinct` from the contract's operation names, as the preload does. */
async function injectApi(context: BrowserContext, core: AppCore): Promise<void> {
  await context.exposeBinding('__precinctInvoke', (source, name: string, input: unknown) => {
    if (
      source.frame.parentFrame() !== null ||
      !isAppPageUrl(source.frame.url(), CHROMIUM_APP_ORIGIN)
    ) {
      return err('wrong_sender', 'The call did not come from the app page');
    }
    return dispatch(core.handlers, name, input);
  });
  await context.addInitScript((names: string[]) => {
    // Runs in the page, where globalThis is the window. The binding is taken into a closure
    // and removed from the page, so only the named operations remain, as in the preload.
    const page = globalThis as unknown as {
      __precinctInvoke?: (n: string, i: unknown) => Promise<unknown>;
    };
    const invoke = page.__precinctInvoke;
    delete page.__precinctInvoke;
    if (!invoke) return;
    const api: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of names) api[name] = (input) => invoke(name, input);
    Object.defineProperty(globalThis, 'precinct', { value: Object.freeze(api), enumerable: true });
  }, OPERATION_NAMES as string[]);
}

/**
 * A document as an A4 PDF, in a headless browser's context with scripts off that may fetch
 * nothing (the document carries its font, see features/files/print-font.ts).
 */
export async function renderPdfIn(browser: Browser, html: string): Promise<Uint8Array> {
  const printer = await browser.newContext({ javaScriptEnabled: false });
  try {
    await printer.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await printer.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // The document's own @page rule sets its size and orientation (a wide register prints
    // landscape); A4 portrait stands for a document without one.
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await printer.close();
  }
}

/** No native dialogs here (the UI shows its in-app picker); PDFs come from headless Chromium. */
function hostServices(browser: Browser, headless: boolean): HostServices {
  let pdfBrowser: Promise<Browser> | null = null;
  const printingBrowser = (): Promise<Browser> => {
    // page.pdf() needs headless Chromium; a visible window's browser starts a headless twin.
    if (headless) return Promise.resolve(browser);
    if (!pdfBrowser) {
      const twin = chromium.launch(chromiumLaunchOptions(true, chromiumExecutable()));
      browser.on('disconnected', () => void twin.then((b) => b.close()));
      pdfBrowser = twin;
    }
    return pdfBrowser;
  };
  return {
    info: { kind: 'chromium', nativeDialogs: false },
    showSaveDialog: () => Promise.resolve(null),
    showOpenDialog: () => Promise.resolve(null),
    renderPdf: async (html: string) => renderPdfIn(await printingBrowser(), html),
    // The page prints itself with the browser's own print (window.print): no file is written.
    printDocument: () =>
      Promise.reject(new DomainError('forbidden', 'The browser prints the page itself')),
  };
}
