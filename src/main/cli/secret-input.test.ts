/**
 * Secrets at the command line: a new one typed at the terminal is asked twice and refused when
 * the two differ; one read from a file, or an existing one, is asked once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError, VALUE } from './args';
import type { CliOutput } from './command';
import { newSecretOf, secretOf } from './secret-input';

const TABLE = { 'secret-file': VALUE };

/** A terminal that answers `answers` in turn and records the questions asked. */
function terminal(answers: string[]): CliOutput & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    out: () => undefined,
    fail: () => undefined,
    askSecret: (question) => {
      asked.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`asked once too often: ${question}`);
      return Promise.resolve(answer);
    },
  };
}

describe('a new secret', () => {
  it('is asked twice at the terminal and taken when both agree', async () => {
    const output = terminal(['correct horse battery', 'correct horse battery']);
    const secret = await newSecretOf(parseOptions([], TABLE), output, 'New passphrase: ', {});
    expect(secret).toBe('correct horse battery');
    expect(output.asked).toEqual(['New passphrase: ', 'The same again: ']);
  });

  it('is refused when the second answer differs, before anything is made', async () => {
    const output = terminal(['correct horse battery', 'correct horse batery']);
    await expect(
      newSecretOf(parseOptions([], TABLE), output, 'New passphrase: ', {}),
    ).rejects.toThrow(UsageError);
  });

  it('is read once from --secret-file, without its line ending', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'secret-')), 'secret.txt');
    writeFileSync(file, 'from the file\n');
    const output = terminal([]);
    const args = parseOptions(['--secret-file', file], TABLE);
    expect(await newSecretOf(args, output, 'New passphrase: ', {})).toBe('from the file');
    expect(output.asked).toEqual([]);
  });
});

describe('an existing secret', () => {
  it('is asked once', async () => {
    const output = terminal(['123456']);
    expect(await secretOf(parseOptions([], TABLE), output, 'PIN: ', {})).toBe('123456');
    expect(output.asked).toEqual(['PIN: ']);
  });

  it('is never taken from the environment', async () => {
    const output = terminal(['123456']);
    await expect(
      secretOf(parseOptions([], TABLE), output, 'PIN: ', { PRECINCT_DESK_PIN: '123456' }),
    ).rejects.toThrow(UsageError);
    expect(output.asked).toEqual([]);
  });
});
