#!/usr/bin/env node
// Entry of the `precinct-desk` command. better-sqlite3 13 crashes on Node older than 22,
// so refuse with one line before loading anything native.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `precinct-desk: needs Node.js 22 or newer (this is ${process.version}); run it as "npx precinct-desk" in the project folder.`,
  );
  process.exit(2);
}
const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error(
    'precinct-desk: the app is not built yet; run "npm run build" in the project folder.',
  );
  process.exit(2);
}
await import(cli);
