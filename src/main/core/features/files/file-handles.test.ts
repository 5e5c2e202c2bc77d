import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../../tests/support/core';
import {
  ANY_ENDING,
  FileHandles,
  HANDLE_LIFETIME_MS,
  HANDLE_PATTERN,
  READ_HANDLE_LIFETIME_MS,
} from './file-handles';

const invalid = expect.objectContaining({ code: 'file_handle_invalid' });

describe('file handles', () => {
  it('are random, opaque, and spent once used for writing', () => {
    const handles = new FileHandles(new ManualClock(0), () => null);
    const a = handles.issue('/home/chair/a.pdf', 'write');
    const b = handles.issue('/home/chair/a.pdf', 'write');
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
    const read = handles.issue('/x/a.pdsync', 'read');
    expect(() => handles.take(read, 'write', ['.pdsync'])).toThrow(invalid);
    const write = handles.issue('/x/a.pdf', 'write');
    expect(() => handles.take(write, 'write', ['.csv'])).toThrow(invalid);
    expect(() => handles.take(write, 'read', ['.pdf'])).toThrow(invalid);
    const late = handles.issue('/x/b.pdf', 'write');
    clock.advance(HANDLE_LIFETIME_MS);
    expect(() => handles.take(late, 'write', ['.pdf'])).toThrow(invalid);
  });

  it('read a file again within their lifetime (preview, then load), never after', () => {
    const clock = new ManualClock(0);
    const handles = new FileHandles(clock, () => null);
    const read = handles.issue('/x/p.PDPKG', 'read');
    expect(handles.take(read, 'read', ['.pdpkg']).path).toBe('/x/p.PDPKG');
    clock.advance(READ_HANDLE_LIFETIME_MS - 1);
    expect(handles.take(read, 'read', ['.pdpkg']).path).toBe('/x/p.PDPKG');
    // A package's handle is no sync file's.
    expect(() => handles.take(read, 'read', ['.pdsync'])).toThrow(invalid);
    clock.advance(1);
    expect(() => handles.take(read, 'read', ['.pdpkg'])).toThrow(invalid);
  });

  it('name a folder only for an operation that reads folders', () => {
    const handles = new FileHandles(new ManualClock(0), () => null);
    const folder = handles.issue('/media/stick.pdsync', 'folder');
    // A folder named like a file is still no file.
    expect(() => handles.take(folder, 'read', ['.pdsync'])).toThrow(invalid);
    const file = handles.issue('/media/stick/a.sync', 'read');
    const both = { purposes: ['read', 'folder'] as const, extensions: ANY_ENDING };
    expect(handles.resolveAll([folder, file], both)).toEqual([
      { path: '/media/stick.pdsync', purpose: 'folder' },
      { path: '/media/stick/a.sync', purpose: 'read' },
    ]);
    // One bad handle refuses them all.
    expect(() => handles.resolveAll([file, `fh_${'A'.repeat(32)}`], both)).toThrow(invalid);
  });

  it('belong to the session that chose them', () => {
    let session: object | null = { member: 'chair' };
    const handles = new FileHandles(new ManualClock(0), () => session);
    const write = handles.issue('/x/a.csv', 'write', true);
    const read = handles.issue('/x/a.csv', 'read');
    session = { member: 'chair' };
    expect(() => handles.take(write, 'write', ['.csv'])).toThrow(invalid);
    expect(() => handles.take(read, 'read', ['.csv'])).toThrow(invalid);
  });
});
