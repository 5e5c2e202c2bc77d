/**
 * `npm start` on a machine without the Electron binary: the same app in a Chromium window.
 * Needs a display; without one it says how to run under xvfb-run.
 */
import { fileURLToPath } from 'node:url';
import { clockFromEnvironment, overrideAllowed } from '../core/kernel/clock';
import { resolveDataDir } from '../core/kernel/data-dir';
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';
import { useXlsxWorker } from '../core/features/voters/list-file';
import { useSyncReadWorker } from '../core/features/supervisor/file-reader';
import { honourTestCostSwitch } from '../core/airgap/package-seal';
import { startupFailureText } from '../core/boundary/startup-failure';
import { launchChromiumHost } from './chromium-host';

// The built worker that checks voter lists sits beside this entry in out/main.
useListCheckWorker(new URL('./list-check-worker.js', import.meta.url));
useXlsxWorker(new URL('./xlsx-worker.js', import.meta.url));
useSyncReadWorker(new URL('./sync-read-worker.js', import.meta.url));

// A development host, never packaged.
honourTestCostSwitch(process.env, { packaged: false });

async function main(): Promise<number> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'Precinct Desk: no display found. To open the app without one, run: xvfb-run -a npm start',
    );
    return 1;
  }
  const dataDir = resolveDataDir(undefined);
  let host;
  try {
    host = await launchChromiumHost({
      dataDir,
      // Never packaged: the Chromium host runs from the project folder under Node.
      clock: clockFromEnvironment(process.env, {
        allowOverride: overrideAllowed(process.env, false),
      }),
      rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
      headless: false,
    });
  } catch (error) {
    // An unopenable data folder (say, from a newer version), said in the laptop's language.
    const locale = Intl.DateTimeFormat().resolvedOptions().locale;
    console.error(`Precinct Desk: ${startupFailureText(error, dataDir, locale)}`);
    return 1;
  }
  console.log(`Precinct Desk is open in Chromium (data: ${dataDir}). Close the window to quit.`);
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await host.closed;
  await host.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Precinct Desk: ${(error as Error).message}`);
    process.exit(1);
  },
);
