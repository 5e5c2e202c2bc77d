// `npm start`: the Electron app when its binary is present (fetching it once if it can),
// else the same app through the Chromium host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronInstaller } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

// Either host needs a display; say how to get one instead of letting a browser crash.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'Precinct Desk: no display found. To open the app without one, run: xvfb-run -a npm start',
  );
  process.exit(1);
}

let binary = electronBinary();
if (!binary && existsSync(electronInstaller)) {
  const fetched = spawnSync(process.execPath, [electronInstaller], {
    cwd: root,
    stdio: 'ignore',
    timeout: 120_000,
  });
  if (fetched.status === 0) binary = electronBinary();
}

if (binary) {
  run(binary, ['.']);
} else {
  console.log(
    'Electron binary not installed and it could not be downloaded: opening Precinct Desk in Chromium instead.',
  );
  run(process.execPath, ['out/main/chromium-host.js']);
}
