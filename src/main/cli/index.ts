/** Entry of the `precinct-desk` command (see run-cli.ts). */
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';
import { useXlsxWorker } from '../core/features/voters/list-file';
import { useSyncReadWorker } from '../core/features/supervisor/file-reader';
import { honourTestCostSwitch } from '../core/airgap/package-seal';
import { runCli } from './run-cli';

// The built worker sits beside this entry in out/main.
useListCheckWorker(new URL('./list-check-worker.js', import.meta.url));
useXlsxWorker(new URL('./xlsx-worker.js', import.meta.url));
useSyncReadWorker(new URL('./sync-read-worker.js', import.meta.url));
// Run from the project folder, never packaged: test runs may lower the key stretching's cost.
honourTestCostSwitch(process.env, { packaged: false });
process.exitCode = await runCli(process.argv.slice(2));
