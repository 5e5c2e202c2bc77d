import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, setUpPrecinct, type TestCore } from '../../../../../tests/support/core';
import { startCentral } from '../../../../../tests/support/supervisor';

const cores: TestCore[] = [];
afterEach(() => {
  for (const test of cores.splice(0)) test.dispose();
});

describe('files in supervisor mode', () => {
  it('are chosen, saved and kept when dropped without a member login', async () => {
    const test = makeTestCore();
    cores.push(test);
    await startCentral(test);
    expect((await test.must('getAppState', {})).mode).toBe('supervisor');
    // Long after the start: no grant is involved.
    test.clock.advance(60 * 60_000);
    expect((await test.must('listDirectory', { path: test.dataDir })).path).toBe(test.dataDir);
    const csv = join(test.dataDir, 'figures.csv');
    const { handle } = await test.must('bindSaveFile', {
      path: csv,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      replace: false,
    });
    await test.must('saveTextFile', { text: 'a;b', handle });
    expect(readFileSync(csv, 'utf8')).toBe('\uFEFFa;b');
    const staged = await test.must('stageDroppedFile', { name: 'x.sync', base64: 'AQID' });
    expect(staged).toMatchObject({ name: 'x.sync', handle: expect.stringMatching(/^fh_/) });
    const [drop] = readdirSync(join(test.dataDir, 'dropped'));
    expect(readFileSync(join(test.dataDir, 'dropped', drop ?? '', 'x.sync'))).toEqual(
      Buffer.from([1, 2, 3]),
    );
  });

  it('leave a set-up precinct’s files to its logged-in members', async () => {
    const test = makeTestCore();
    cores.push(test);
    await setUpPrecinct(test);
    test.clock.advance(60 * 60_000);
    const listed = await test.call('listDirectory', { path: test.dataDir });
    expect(listed.ok ? null : listed.error.code).toBe('not_logged_in');
    const staged = await test.call('stageDroppedFile', { name: 'x.sync', base64: 'AQID' });
    expect(staged.ok ? null : staged.error.code).toBe('central_not_initialized');
  });
});
