/**
 * The launchers of the workbook worker's process (xlsx-process.ts): the Node one, and the
 * relay a worker thread starts processes through. The worker itself is bundled only in a
 * build (its end-to-end test is tests/e2e/built-cli.spec.ts); here the processes run small
 * scripts speaking the same protocol, so what is checked is the launching, the messages both
 * ways, and how an end is told.
 */
import { MessageChannel } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFolder } from '../../../../../../tests/support/list-files';
import {
  forkXlsxProcess,
  relayedXlsxLauncher,
  serveXlsxRelay,
  type XlsxProcessEnd,
  type XlsxProcessLauncher,
} from './xlsx-process';
import type { XlsxWorkerMessage } from './xlsx-reader';

/** Answers the workbook with its length as a record, then "done" once that batch is taken. */
const ECHO = `
process.on('message', (message) => {
  if (message === 'next') process.send({ kind: 'done' });
  else process.send({ kind: 'records', records: [[String(message.bytes.length)]] });
});
process.on('disconnect', () => process.exit(0));
`;

/** Fills its heap until V8 stops it. */
const GREEDY = `
const kept = [];
process.on('message', () => { for (;;) kept.push(new Array(100000).fill(kept.length)); });
`;

let files: ReturnType<typeof fixtureFolder>;
beforeEach(() => {
  files = fixtureFolder();
});
afterEach(() => {
  files.remove();
});

interface Run {
  messages: XlsxWorkerMessage[];
  end: XlsxProcessEnd | null;
}

/** Sends a workbook of `size` bytes, takes each batch, and resolves when the process ended. */
function run(launcher: XlsxProcessLauncher, script: string, heapMb: number, size: number) {
  return new Promise<Run>((resolve, reject) => {
    const result: Run = { messages: [], end: null };
    const child = launcher(script, heapMb, {
      message: (message) => {
        result.messages.push(message);
        if (message.kind === 'records') child.send('next');
        else child.kill();
      },
      error: reject,
      exit: (end) => resolve({ ...result, end }),
    });
    child.send({ bytes: new Uint8Array(size) });
  });
}

/** A launcher that starts each process through a relay, as the import's check worker does. */
function relayed(): { launcher: XlsxProcessLauncher; stop: () => void } {
  const { port1, port2 } = new MessageChannel();
  const stop = serveXlsxRelay(port1);
  return {
    launcher: relayedXlsxLauncher(port2),
    stop: () => {
      stop();
      port2.close();
    },
  };
}

describe('the workbook worker process', () => {
  it('carries the workbook and the batches both ways, directly and through a relay', async () => {
    const script = files.write('echo.cjs', ECHO);
    const direct = await run(forkXlsxProcess, script, 64, 1234);
    expect(direct.messages).toEqual([{ kind: 'records', records: [['1234']] }, { kind: 'done' }]);
    expect(direct.end?.outOfMemory).toBe(false);
    const relay = relayed();
    try {
      const through = await run(relay.launcher, script, 64, 4321);
      expect(through.messages).toEqual([
        { kind: 'records', records: [['4321']] },
        { kind: 'done' },
      ]);
      expect(through.end?.outOfMemory).toBe(false);
    } finally {
      relay.stop();
    }
  });

  it('tells a heap past its cap from another end, through a relay too', async () => {
    const script = files.write('greedy.cjs', GREEDY);
    const direct = await run(forkXlsxProcess, script, 32, 1);
    expect(direct.messages).toEqual([]);
    expect(direct.end?.outOfMemory).toBe(true);
    const relay = relayed();
    try {
      const through = await run(relay.launcher, script, 32, 1);
      expect(through.end?.outOfMemory).toBe(true);
    } finally {
      relay.stop();
    }
  });

  it('says why a process that could not start did not', async () => {
    const relay = relayed();
    try {
      const missing = await run(relay.launcher, files.write('ok.cjs', '') + '.absent', 32, 1);
      expect(missing.end?.outOfMemory).toBe(false);
      expect(missing.end?.description).toMatch(/^exit [1-9]/);
    } finally {
      relay.stop();
    }
  });
});
