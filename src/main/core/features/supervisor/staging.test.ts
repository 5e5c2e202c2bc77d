import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGED_FILE_MAX_BYTES } from '@shared/supervisor/supervisor-contract';
import { DomainError } from '@shared/result';
import { ManualClock } from '../../../../../tests/support/core';
import { FileHandles } from '../files';
import { centralDatabasePath } from './supervisor-folder';
import { safeFileName, STAGED_FOLDER, stagingHandlers } from './staging';

const folders: string[] = [];
function dataFolder(supervisor: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-staging-'));
  folders.push(dir);
  if (supervisor) writeFileSync(centralDatabasePath(dir), '');
  return dir;
}
const handles = () => new FileHandles(new ManualClock(0), () => null);
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function refusal(work: unknown): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no refusal';
}

describe('staging dropped files', () => {
  it('keeps the bytes under dropped/<id>/ with a safe name, each drop apart, answering a read handle', async () => {
    const dir = dataFolder(true);
    const kept = handles();
    const { stageDroppedFile } = stagingHandlers(dir, () => true, kept);
    const bytes = Buffer.from('PRECINCT-DESK-SYNC 1\nheader\n');
    const first = await stageDroppedFile({
      name: '../../etc/p:12?.sync',
      base64: bytes.toString('base64'),
    });
    const second = await stageDroppedFile({ name: 'p12.sync', base64: bytes.toString('base64') });
    // The page gets a handle and the name to show, never the path.
    expect(first.name).toBe('p_12_.sync');
    expect(first.handle).not.toContain(dir);
    const firstPath = kept.take(first.handle, 'read', ['.sync']).path;
    const secondPath = kept.take(second.handle, 'read', ['.sync']).path;
    expect(firstPath.startsWith(join(dir, STAGED_FOLDER))).toBe(true);
    expect(firstPath.endsWith('p_12_.sync')).toBe(true);
    expect(readFileSync(firstPath)).toEqual(bytes);
    expect(dirname(firstPath)).not.toBe(dirname(secondPath));
    // For reading only: no write handle.
    expect(() => kept.take(first.handle, 'write', ['.sync'])).toThrow(
      expect.objectContaining({ code: 'file_handle_invalid' }),
    );
  });

  it('refuses outside supervisor mode, and an empty or oversized file', async () => {
    const precinct = stagingHandlers(dataFolder(false), () => false, handles());
    expect(await refusal(precinct.stageDroppedFile({ name: 'a', base64: 'AAAA' }))).toBe(
      'central_not_initialized',
    );
    // A central store file lying in a precinct's folder makes it no supervisor's.
    const both = stagingHandlers(dataFolder(true), () => false, handles());
    expect(await refusal(both.stageDroppedFile({ name: 'a', base64: 'AAAA' }))).toBe(
      'central_not_initialized',
    );
    const central = stagingHandlers(dataFolder(true), () => true, handles());
    expect(await refusal(central.stageDroppedFile({ name: 'a', base64: '====' }))).toBe(
      'invalid_input',
    );
    const big = Buffer.alloc(STAGED_FILE_MAX_BYTES + 1).toString('base64');
    expect(await refusal(central.stageDroppedFile({ name: 'a', base64: big }))).toBe(
      'invalid_input',
    );
  });

  it('names files safely', () => {
    expect(safeFileName('C:\\stick\\p1.sync')).toBe('p1.sync');
    expect(safeFileName('..hidden')).toBe('_hidden');
    expect(safeFileName('a\u0001b')).toBe('a_b');
    expect(safeFileName('')).toBe('dropped-file');
  });
});
