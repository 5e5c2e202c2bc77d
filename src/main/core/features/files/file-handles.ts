import { randomBytes } from 'node:crypto';
import { DomainError } from '../../../../shared/result';
import type { Clock } from '../../kernel/clock';

/** What a handle lets the renderer do with the file behind it: read it, or write it. */
export type HandlePurpose = 'read' | 'write';

/** How long a chosen file stays usable: long enough to confirm and write, no longer. */
export const HANDLE_LIFETIME_MS = 10 * 60_000;

/** A handle as the renderer holds it: `fh_` and 32 random base64url characters. */
export const HANDLE_PATTERN = /^fh_[A-Za-z0-9_-]{32}$/;

interface Entry {
  path: string;
  purpose: HandlePurpose;
  /** Lower-case endings with the dot, such as `.pdf`. */
  extensions: readonly string[];
  /** The member confirmed replacing the file that stands there (asked in the main process). */
  replace: boolean;
  /** The session it was issued to (null under the grant after setup); another cannot use it. */
  owner: object | null;
  expiresAt: number;
}

/**
 * The files the member chose, kept in the main process: the renderer only ever holds an
 * opaque, random handle for one, for one purpose, for its session, for a few minutes, and
 * used once. The path behind it never comes from the renderer.
 */
export class FileHandles {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    /** The current session, compared by identity (a new login is a new session). */
    private readonly owner: () => object | null,
  ) {}

  issue(
    path: string,
    purpose: HandlePurpose,
    extensions: readonly string[],
    replace: boolean,
  ): string {
    this.sweep();
    const handle = `fh_${randomBytes(24).toString('base64url')}`;
    this.entries.set(handle, {
      path,
      purpose,
      extensions,
      replace,
      owner: this.owner(),
      expiresAt: this.clock.now() + HANDLE_LIFETIME_MS,
    });
    return handle;
  }

  /**
   * The path behind a handle, for `purpose` and a file ending in one of `extensions`; the
   * handle is spent. Unknown, expired, another session's or another purpose's handles are
   * refused alike with `file_handle_invalid`.
   */
  take(
    handle: string,
    purpose: HandlePurpose,
    extensions: readonly string[],
  ): { path: string; replace: boolean } {
    this.sweep();
    const entry = this.entries.get(handle);
    const lower = entry?.path.toLowerCase() ?? '';
    if (
      !entry ||
      entry.purpose !== purpose ||
      entry.owner !== this.owner() ||
      !extensions.some((extension) => lower.endsWith(extension))
    ) {
      throw new DomainError('file_handle_invalid', 'No such file handle for this use');
    }
    this.entries.delete(handle);
    return { path: entry.path, replace: entry.replace };
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [handle, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(handle);
    }
  }
}
