/** The error boundary, with a stand-in command whose failures are chosen by the test. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@shared/result';
import { runCli } from './run-cli';

const failure = vi.hoisted(() => ({ error: null as unknown }));

vi.mock('./audit-verify', async () => {
  const { VALUE } = await import('./args');
  return {
    auditCommands: {
      'audit verify': {
        options: { 'data-dir': VALUE },
        run: () => {
          throw failure.error;
        },
      },
    },
  };
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const fail: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => fail.push(l) });
  return { code, out: out.join('\n'), err: fail.join('\n') };
}

afterEach(() => {
  failure.error = null;
});

describe('runCli error boundary', () => {
  it('names an unexpected error without its text, which may hold personal data (exit 1)', async () => {
    failure.error = new TypeError('Cannot read voter Abenova Aigerim, IIN 900101400123');
    const run = await cli('audit', 'verify');
    expect(run).toEqual({
      code: 1,
      out: '',
      err: 'precinct-desk: internal error in audit verify: TypeError',
    });
  });

  it("prints a core refusal's message (exit 2) when the command does not word it itself", async () => {
    failure.error = new DomainError('io_error', 'The folder cannot be read');
    expect(await cli('audit', 'verify')).toEqual({
      code: 2,
      out: '',
      err: 'precinct-desk: The folder cannot be read',
    });
  });
});
