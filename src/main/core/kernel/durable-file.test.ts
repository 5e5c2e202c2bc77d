import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@shared/result';
import { writeDurably, type FileChunk } from './durable-file';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'precinct-desk-durable-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The error a write threw, so its code and details can be compared. */
async function failure(work: Promise<void>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the write did not fail');
}

async function* chunksThenFailure(): AsyncGenerator<FileChunk> {
  yield 'new first half, ';
  await Promise.resolve();
  throw new Error('the source broke');
}

describe('writeDurably', () => {
  it('writes the whole file and leaves nothing else in the folder', async () => {
    const target = join(folder, 'code.pdf');
    const bytes = Buffer.from('%PDF-1.7 Қазақстан\n');
    await writeDurably(target, bytes);
    expect(readFileSync(target)).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['code.pdf']);
  });

  it('replaces an existing file whole, a shorter one leaving no tail of the old', async () => {
    const target = join(folder, 'list.csv');
    writeFileSync(target, 'the old file, longer than the new one');
    await writeDurably(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['list.csv']);
  });

  it('writes chunks in order, from a generator or an async source, text as UTF-8', async () => {
    const target = join(folder, 'report.csv');
    function* pages(): Generator<FileChunk> {
      yield '\uFEFF';
      yield 'Жол;Код\r\n';
      yield Buffer.from('1;bad_iin\r\n');
    }
    await writeDurably(target, pages());
    expect(readFileSync(target)).toEqual(Buffer.from('\uFEFFЖол;Код\r\n1;bad_iin\r\n', 'utf8'));

    async function* slowly(): AsyncGenerator<FileChunk> {
      for (let page = 0; page < 3; page += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield `${page}\n`;
      }
    }
    await writeDurably(target, slowly());
    expect(readFileSync(target, 'utf8')).toBe('0\n1\n2\n');
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });

  it('fails with io_error naming the path when the folder is missing, creating nothing', async () => {
    const target = join(folder, 'missing', 'export.pdsync');
    const error = await failure(writeDurably(target, Buffer.from('x')));
    expect(error.code).toBe('io_error');
    expect(error.details).toEqual({ path: target });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the old file untouched and no temporary file when the source breaks midway', async () => {
    const target = join(folder, 'report.csv');
    writeFileSync(target, 'the old report');
    const error = await failure(writeDurably(target, chunksThenFailure()));
    expect(error.code).toBe('io_error');
    expect(error.details).toEqual({ path: target });
    expect(error.message).toContain('the source broke');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });

  it('removes the temporary file when the rename fails (a folder stands at the target)', async () => {
    const target = join(folder, 'package.pdpkg');
    mkdirSync(target);
    const error = await failure(writeDurably(target, Buffer.from('package')));
    expect(error.code).toBe('io_error');
    expect(error.details).toEqual({ path: target });
    expect(readdirSync(folder)).toEqual(['package.pdpkg']);
    expect(readdirSync(target)).toEqual([]);
  });

  it("passes the source's own domain error through, the old file kept", async () => {
    const target = join(folder, 'report.csv');
    writeFileSync(target, 'the old report');
    function* missingReport(): Generator<FileChunk> {
      yield 'header\r\n';
      throw new DomainError('report_not_found', 'No such report');
    }
    expect((await failure(writeDurably(target, missingReport()))).code).toBe('report_not_found');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });
});
