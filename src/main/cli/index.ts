/** Entry of the `precinct-desk` command (see run-cli.ts). */
import { runCli } from './run-cli';

process.exitCode = runCli(process.argv.slice(2));
