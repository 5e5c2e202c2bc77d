/**
 * The workbook worker under Electron: a utility process. The packaged app has the RunAsNode
 * fuse off, so its binary cannot be forked as Node; `utilityProcess.fork` starts a Node
 * process of Electron's own that needs no such switch, with the same heap cap.
 */
import { utilityProcess } from 'electron';
import {
  errorTail,
  OUT_OF_MEMORY,
  type XlsxProcessLauncher,
  type XlsxWorkerMessage,
} from '../core/features/voters/list-file';

export const utilityXlsxProcess: XlsxProcessLauncher = (script, heapMb, events) => {
  const child = utilityProcess.fork(script, [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'ignore', 'pipe'],
    serviceName: 'Precinct Desk workbook reader',
  });
  const stderr = errorTail();
  let fatal = false;
  child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
  child.on('message', (message: XlsxWorkerMessage) => events.message(message));
  // V8's fatal errors (a heap past its cap among them) are reported before the exit.
  child.on('error', () => {
    fatal = true;
  });
  child.on('exit', (code) =>
    events.exit({
      outOfMemory: OUT_OF_MEMORY.test(stderr.text) || (fatal && code !== 0),
      description: `exit ${code}`,
    }),
  );
  return {
    send: (message) => child.postMessage(message),
    kill: () => void child.kill(),
  };
};
