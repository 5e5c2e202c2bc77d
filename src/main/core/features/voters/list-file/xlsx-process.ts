/**
 * How the workbook worker's process is started (see xlsx-reader.ts). Under plain Node (the
 * command line, the Chromium host, the bench) it is `child_process.fork` with a capped heap.
 * Electron's packaged app has the RunAsNode fuse off, so its own binary cannot run as Node: the
 * Electron shell registers a launcher over `utilityProcess.fork` instead, with the same cap.
 *
 * Such a launcher exists only on the main thread (Electron's modules are not in worker
 * threads), so a worker thread that reads a workbook (the import's check worker) asks the
 * thread that started it, through a relay over a MessagePort: the starter's launcher runs the
 * process and the relay carries its messages both ways.
 */
import { fork } from 'node:child_process';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { XlsxWorkerMessage } from './xlsx-reader';

/** What the parent sends the workbook worker: the workbook, then "next" after each batch. */
export type XlsxParentMessage = { bytes: Uint8Array } | 'next';

/** How a workbook worker's process ended, when it ended before saying it was done. */
export interface XlsxProcessEnd {
  /** True when the process ran out of memory: the workbook is too large to parse. */
  outOfMemory: boolean;
  /** The exit code or signal, for the error a stop without a reason becomes. */
  description: string;
}

/** A running workbook worker. */
export interface XlsxProcess {
  send(message: XlsxParentMessage): void;
  kill(): void;
}

export interface XlsxProcessEvents {
  message(message: XlsxWorkerMessage): void;
  /** The process could not start or failed outside the parse. */
  error(error: Error): void;
  exit(end: XlsxProcessEnd): void;
}

/** Starts the worker script at `script` (a file path) with its heap capped at `heapMb`. */
export type XlsxProcessLauncher = (
  script: string,
  heapMb: number,
  events: XlsxProcessEvents,
) => XlsxProcess;

/** V8's words when a heap cap is reached ("JavaScript heap out of memory"). */
export const OUT_OF_MEMORY = /out of memory/i;

/** Keeps the last few kilobytes of a process's error output, to tell why it stopped. */
export function errorTail(): { add(chunk: Buffer): void; readonly text: string } {
  let text = '';
  return {
    add(chunk) {
      text = (text + chunk.toString('utf8')).slice(-4096);
    },
    get text() {
      return text;
    },
  };
}

/** The launcher under plain Node: a child process of the same Node binary. */
export const forkXlsxProcess: XlsxProcessLauncher = (script, heapMb, events) => {
  const child = fork(script, [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr = errorTail();
  child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
  child.on('message', (message: XlsxWorkerMessage) => events.message(message));
  child.on('error', (error) => events.error(error));
  child.on('exit', (code, signal) =>
    events.exit({
      outOfMemory: OUT_OF_MEMORY.test(stderr.text),
      description: signal ?? `exit ${code}`,
    }),
  );
  return {
    send: (message) => void child.send(message),
    kill: () => void child.kill(),
  };
};

let launcher: XlsxProcessLauncher = forkXlsxProcess;

/** The Electron shell replaces the Node launcher with its utility-process one. */
export function useXlsxLauncher(next: XlsxProcessLauncher): void {
  launcher = next;
}

/** The launcher this thread starts workbook workers with. */
export function xlsxLauncher(): XlsxProcessLauncher {
  return launcher;
}

/** What crosses a relay's port for one process: a start, then messages either way. */
type RelayRequest = { kind: 'start'; script: string; heapMb: number; port: MessagePort };
type RelayUp =
  | { kind: 'message'; message: XlsxWorkerMessage }
  | { kind: 'error'; message: string }
  | { kind: 'exit'; end: XlsxProcessEnd };
type RelayDown = { kind: 'send'; message: XlsxParentMessage } | { kind: 'kill' };

/**
 * Serves a worker thread's requests on `port` with this thread's launcher. Returns a function
 * that stops serving (and ends any process still running).
 */
export function serveXlsxRelay(port: MessagePort): () => void {
  const running = new Set<XlsxProcess>();
  port.on('message', (request: RelayRequest) => {
    const channel = request.port;
    const up = (message: RelayUp) => channel.postMessage(message);
    let child: XlsxProcess;
    try {
      child = launcher(request.script, request.heapMb, {
        message: (message) => up({ kind: 'message', message }),
        error: (error) => up({ kind: 'error', message: error.message }),
        exit: (end) => {
          running.delete(child);
          up({ kind: 'exit', end });
          channel.close();
        },
      });
    } catch (error) {
      up({ kind: 'error', message: (error as Error).message });
      channel.close();
      return;
    }
    running.add(child);
    channel.on('message', (message: RelayDown) => {
      if (message.kind === 'send') child.send(message.message);
      else child.kill();
    });
  });
  return () => {
    for (const child of running) child.kill();
    running.clear();
    port.close();
  };
}

/** A launcher for a worker thread: each process is started by the thread serving `port`. */
export function relayedXlsxLauncher(port: MessagePort): XlsxProcessLauncher {
  return (script, heapMb, events) => {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (message: RelayUp) => {
      if (message.kind === 'message') events.message(message.message);
      else if (message.kind === 'error') events.error(new Error(message.message));
      else {
        port1.close();
        events.exit(message.end);
      }
    });
    const request: RelayRequest = { kind: 'start', script, heapMb, port: port2 };
    port.postMessage(request, [port2]);
    const down = (message: RelayDown) => port1.postMessage(message);
    return {
      send: (message) => down({ kind: 'send', message }),
      kill: () => down({ kind: 'kill' }),
    };
  };
}
