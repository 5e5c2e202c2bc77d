import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../testing/test-core';

const cores: TestCore[] = [];
afterEach(() => {
  for (const test of cores.splice(0)) test.dispose();
});

describe('files in supervisor mode', () => {
  it('are chosen and saved without a member login, which a precinct folder still needs', async () => {
    const test = makeTestCore();
    cores.push(test);
    const csv = join(test.dataDir, 'figures.csv');
    const before = await test.call('saveTextFile', { text: 'a;b', path: csv, overwrite: false });
    expect(before.ok ? null : before.error.code).toBe('not_logged_in');
    expect((await test.call('listDirectory', {})).ok).toBe(false);

    await test.must('startSupervisorMode', {});
    expect((await test.must('getAppState', {})).mode).toBe('supervisor');
    expect((await test.must('listDirectory', { path: test.dataDir })).path).toBe(test.dataDir);
    await test.must('saveTextFile', { text: 'a;b', path: csv, overwrite: false });
    expect(readFileSync(csv, 'utf8')).toBe('\uFEFFa;b');
    const staged = await test.must('stageDroppedFile', { name: 'x.sync', base64: 'AQID' });
    expect(readFileSync(staged.path)).toEqual(Buffer.from([1, 2, 3]));
  });
});
