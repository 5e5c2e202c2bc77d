/** Entry of the `precinct-desk` command (see run-cli.ts). */
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2));
