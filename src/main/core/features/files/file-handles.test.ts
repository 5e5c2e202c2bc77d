import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../../tests/support/core';
import { FileHandles, HANDLE_LIFETIME_MS, HANDLE_PATTERN } from './file-handles';

const invalid = expect.objectContaining({ code: 'file_handle_invalid' });

describe('file handles', () => {
  it('are random, opaque and spent once used', () => {
    const handles = new FileHandles(new ManualClock(0), () => null);
    const a = handles.issue('/home/chair/a.pdf', 'write', ['.pdf'], false);
    const b = handles.issue('/home/chair/a.pdf', 'write', ['.pdf'], false);
    expect(a).toMatch(HANDLE_PATTERN);
    expect(a).not.toBe(b);
    expect(a).not.toContain('chair');
    expect(handles.take(a, 'write', ['.pdf'])).toEqual({
      path: '/home/chair/a.pdf',
      replace: false,
    });
    expect(() => handles.take(a, 'write', ['.pdf'])).toThrow(invalid);
  });

  it('expire, serve one purpose and one kind of file', () => {
    const clock = new ManualClock(0);
    const handles = new FileHandles(clock, () => null);
    const read = handles.issue('/x/a.pdsync', 'read', ['.pdsync'], false);
    expect(() => handles.take(read, 'write', ['.pdsync'])).toThrow(invalid);
    const write = handles.issue('/x/a.pdf', 'write', ['.pdf'], false);
    expect(() => handles.take(write, 'write', ['.csv'])).toThrow(invalid);
    const late = handles.issue('/x/b.pdf', 'write', ['.pdf'], false);
    clock.advance(HANDLE_LIFETIME_MS);
    expect(() => handles.take(late, 'write', ['.pdf'])).toThrow(invalid);
  });

  it('belong to the session that chose them', () => {
    let session: object | null = { member: 'chair' };
    const handles = new FileHandles(new ManualClock(0), () => session);
    const handle = handles.issue('/x/a.csv', 'write', ['.csv'], true);
    session = { member: 'chair' };
    expect(() => handles.take(handle, 'write', ['.csv'])).toThrow(invalid);
  });
});
