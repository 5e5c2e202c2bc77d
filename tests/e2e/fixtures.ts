/**
 * The one fixture of the end-to-end suite: it starts the app on a fresh data folder and yields
 * `{ page, dataDir }`. With an Electron binary installed it launches the Electron app;
 * otherwise the Chromium host. Tests do not know which (saveFileAs and openFileAs hide the one
 * difference: native dialogs versus the in-app pickers).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test as base, type Locator, type Page } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { launchChromiumHost } from '../../src/main/chromium-host/chromium-host';
import { honourTestCostSwitch } from '../../src/main/core/airgap/package-seal';
import { clockStartingAt, systemClock } from '../../src/main/core/kernel/clock';
import { translate } from '../../src/shared/i18n';
import type { Language } from '../../src/shared/roles';

const root = resolve(import.meta.dirname, '../..');

export type HostKind = 'electron' | 'chromium';

export interface AppFixtures {
  /** Where the clock starts (PRECINCT_DESK_CLOCK); unset means the real clock. */
  clockStart: string | undefined;
  dataDir: string;
  hostKind: HostKind;
  page: Page;
  /** Answers the save dialog that `open` brings up with `path`, on either host. */
  saveFileAs: (path: string, open: () => Promise<void>) => Promise<void>;
  /** Answers the open dialog that `open` brings up with `path`, on either host. */
  openFileAs: (path: string, open: () => Promise<void>) => Promise<void>;
  /**
   * From now on, printing answers as if printed without any printer: the answer reads what was
   * sent to print so far (the text of the page's print sheet as print media shows it, or
   * Electron's printed document).
   */
  capturePrints: () => Promise<() => Promise<string[]>>;
}

export interface Launched {
  page: Page;
  saveFileAs: AppFixtures['saveFileAs'];
  openFileAs: AppFixtures['openFileAs'];
  capturePrints: AppFixtures['capturePrints'];
  close(): Promise<void>;
}

async function launchElectron(
  binary: string,
  dataDir: string,
  clockStart: string | undefined,
): Promise<Launched> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PRECINCT_DESK_DATA_DIR: dataDir,
  };
  if (clockStart) env.PRECINCT_DESK_CLOCK = clockStart;
  else delete env.PRECINCT_DESK_CLOCK;
  // Electron refuses to start as root with its sandbox on (CI runs as root).
  const args = process.getuid?.() === 0 ? ['--no-sandbox', root] : [root];
  const app = await _electron.launch({ executablePath: binary, args, env });
  const page = await app.firstWindow();
  return {
    page,
    async saveFileAs(path, open) {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (() =>
          Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, path);
      await open();
    },
    async openFileAs(path, open) {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showOpenDialog = (() =>
          Promise.resolve({
            canceled: false,
            filePaths: [filePath],
          })) as typeof dialog.showOpenDialog;
      }, path);
      await open();
    },
    async capturePrints() {
      await app.evaluate(({ BrowserWindow }) => {
        const store = globalThis as { printed?: string[] };
        store.printed = [];
        // Every window's contents share one prototype: the hidden print window's too.
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        const prototype = Object.getPrototypeOf(contents) as {
          print: (options: unknown, done: (success: boolean, reason: string) => void) => void;
        };
        prototype.print = function (
          this: Electron.WebContents,
          _options: unknown,
          done: (success: boolean, reason: string) => void,
        ) {
          const url = this.getURL();
          store.printed!.push(decodeURIComponent(url.slice(url.indexOf(',') + 1)));
          done(true, '');
        };
      });
      return () => app.evaluate(() => (globalThis as { printed?: string[] }).printed ?? []);
    },
    close: () => app.close(),
  };
}

async function launchChromium(dataDir: string, clockStart: string | undefined): Promise<Launched> {
  // The core runs in this process: it honours the test switch playwright.config.ts sets.
  honourTestCostSwitch(process.env, { packaged: false });
  const host = await launchChromiumHost({
    dataDir,
    clock: clockStart ? clockStartingAt(clockStart) : systemClock,
    rendererDir: join(root, 'out/renderer'),
    headless: true,
  });
  return {
    page: host.page,
    async saveFileAs(path, open) {
      // The save picker speaks the app's language.
      const tag = await host.page.locator('html').getAttribute('lang');
      const language: Language = tag === 'kk' || tag === 'ru' ? tag : 'en';
      await open();
      const picker = await folderListed(host.page, language);
      await picker.getByLabel(translate(language, 'pathPicker.filePath')).fill(path);
      await picker
        .getByRole('button', { name: translate(language, 'pathPicker.save'), exact: true })
        .click();
      await expect(picker).toBeHidden();
    },
    async openFileAs(path, open) {
      await open();
      const picker = await folderListed(host.page);
      await picker.getByLabel('File path').fill(path);
      await picker.getByRole('button', { name: 'Open', exact: true }).click();
      await expect(picker).toBeHidden();
    },
    async capturePrints() {
      const page = host.page;
      await page.evaluate(() => {
        // The page's window, typed here without the DOM library.
        interface Shown {
          textContent: string | null;
        }
        const win = globalThis as unknown as {
          printed: string[];
          print: () => void;
          document: { querySelector(selector: string): Shown | null };
          getComputedStyle(element: Shown): { display: string };
        };
        win.printed = [];
        // What the printer would get: the sheet, when it shows and the app's screens do not
        // (the test emulates print media to see the print styles at work).
        win.print = () => {
          const sheet = win.document.querySelector('.print-sheet');
          const app = win.document.querySelector('#root');
          const shows = (element: Shown | null) =>
            element !== null && win.getComputedStyle(element).display !== 'none';
          win.printed.push(shows(sheet) && !shows(app) ? (sheet!.textContent ?? '') : '');
        };
      });
      return () => page.evaluate(() => (globalThis as { printed?: string[] }).printed ?? []);
    },
    close: () => host.close(),
  };
}

/**
 * The in-app picker once its folder is listed. The listing arrives after the dialog opens and
 * moves the Save button down; a click landing while it arrives would press nothing.
 */
export async function folderListed(page: Page, language: Language = 'en'): Promise<Locator> {
  const picker = page.getByRole('dialog');
  const [folder] = translate(language, 'pathPicker.currentFolder').split('{path}');
  await expect(picker.getByText(new RegExp(`^${folder ?? ''}`))).toBeVisible();
  return picker;
}

/**
 * The app on `dataDir`, as the fixture starts it: for a scenario that needs a second app (a
 * precinct laptop and supervisor mode side by side). The caller closes it.
 */
export async function launchApp(
  dataDir: string,
  clockStart: string | undefined,
): Promise<Launched> {
  const binary = electronBinary();
  return binary ? launchElectron(binary, dataDir, clockStart) : launchChromium(dataDir, clockStart);
}

let announced = false;

export const test = base.extend<AppFixtures & { launched: Launched }>({
  clockStart: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  hostKind: async ({}, use) => {
    await use(electronBinary() ? 'electron' : 'chromium');
  },
  launched: async ({ dataDir, clockStart, hostKind }, use, testInfo) => {
    if (!announced) {
      announced = true;
      console.log(
        `[precinct-desk e2e] host: ${hostKind === 'electron' ? 'Electron' : 'Chromium host (no Electron binary installed)'}`,
      );
    }
    testInfo.annotations.push({ type: 'host', description: hostKind });
    const launched = await launchApp(dataDir, clockStart);
    await use(launched);
    await launched.close();
  },
  page: async ({ launched }, use) => {
    await use(launched.page);
  },
  saveFileAs: async ({ launched }, use) => {
    await use(launched.saveFileAs);
  },
  openFileAs: async ({ launched }, use) => {
    await use(launched.openFileAs);
  },
  capturePrints: async ({ launched }, use) => {
    await use(launched.capturePrints);
  },
});

export { expect };
