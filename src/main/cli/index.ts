/** Entry of the `precinct-desk` command (see run-cli.ts). */
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';
import { useXlsxWorker } from '../core/features/voters/list-file';
import { useSyncReadWorker } from '../core/features/supervisor/file-reader';
import { runCli } from './run-cli';

// The built worker sits beside this entry in out/main.
useListCheckWorker(new URL('./list-check-worker.js', import.meta.url));
useXlsxWorker(new URL('./xlsx-worker.js', import.meta.url));
useSyncReadWorker(new URL('./sync-read-worker.js', import.meta.url));
process.exitCode = await runCli(process.argv.slice(2));
