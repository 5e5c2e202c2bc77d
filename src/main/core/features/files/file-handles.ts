import { randomBytes } from 'node:crypto';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';

/**
 * What a handle lets the renderer do with what stands behind it: write a file, read a file, or
 * have the main process read a folder (it lists the folder itself).
 */
export type HandlePurpose = 'read' | 'write' | 'folder';

/** How long a file chosen for writing stays usable: long enough to confirm and write, no longer. */
export const HANDLE_LIFETIME_MS = 10 * 60_000;
/**
 * How long a file or folder chosen for reading stays usable: a package is previewed, its
 * fingerprint compared with the paper act, then loaded through the same handle.
 */
export const READ_HANDLE_LIFETIME_MS = 30 * 60_000;

/** A handle as the renderer holds it: `fh_` and 32 random base64url characters. */
export const HANDLE_PATTERN = /^fh_[A-Za-z0-9_-]{32}$/;

/** Any file ending: the operation checks the file's kind by reading it (supervisor imports). */
export const ANY_ENDING = 'any' as const;

interface Entry {
  path: string;
  purpose: HandlePurpose;
  /** The member confirmed replacing the file that stands there (asked in the main process). */
  replace: boolean;
  /** The session it was issued to (null under the grant after setup); another cannot use it. */
  owner: object | null;
  expiresAt: number;
}

/** What an operation accepts: the purposes, and the endings a file must have. */
export interface HandleUse {
  purposes: readonly HandlePurpose[];
  /** Lower-case endings with the dot, such as `.pdpkg`; `any` for every ending (and folders). */
  extensions: readonly string[] | typeof ANY_ENDING;
}

/**
 * The files and folders the member chose, kept in the main process: the renderer only ever
 * holds an opaque, random handle for one, for one purpose, for its session, for a few minutes.
 * The path behind it never comes from the renderer. A write handle is used once; a read or
 * folder handle may be used again within its lifetime (preview, then load), never after.
 */
export class FileHandles {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    /** The current session, compared by identity (a new login is a new session). */
    private readonly owner: () => object | null,
  ) {}

  issue(path: string, purpose: HandlePurpose, replace = false): string {
    this.sweep();
    const handle = `fh_${randomBytes(24).toString('base64url')}`;
    const lifetime = purpose === 'write' ? HANDLE_LIFETIME_MS : READ_HANDLE_LIFETIME_MS;
    this.entries.set(handle, {
      path,
      purpose,
      replace,
      owner: this.owner(),
      expiresAt: this.clock.now() + lifetime,
    });
    return handle;
  }

  /**
   * The path behind a handle, for `purpose` and a file ending in one of `extensions`; a write
   * handle is spent. Unknown, expired, another session's, another purpose's or another kind of
   * file's handles are refused alike with `file_handle_invalid`.
   */
  take(
    handle: string,
    purpose: HandlePurpose,
    extensions: readonly string[],
  ): { path: string; replace: boolean } {
    const { path, replace } = this.resolve(handle, { purposes: [purpose], extensions });
    return { path, replace };
  }

  /** As `take`, for an operation that accepts several purposes (a file or a folder). */
  resolve(
    handle: string,
    use: HandleUse,
  ): { path: string; replace: boolean; purpose: HandlePurpose } {
    this.sweep();
    const entry = this.entries.get(handle);
    const lower = entry?.path.toLowerCase() ?? '';
    const fits =
      use.extensions === ANY_ENDING ||
      (entry?.purpose !== 'folder' && use.extensions.some((ending) => lower.endsWith(ending)));
    if (!entry || !use.purposes.includes(entry.purpose) || entry.owner !== this.owner() || !fits) {
      throw new DomainError('file_handle_invalid', 'No such file handle for this use');
    }
    if (entry.purpose === 'write') this.entries.delete(handle);
    return { path: entry.path, replace: entry.replace, purpose: entry.purpose };
  }

  /** The paths behind several handles, all checked before any is used. */
  resolveAll(
    handles: readonly string[],
    use: HandleUse,
  ): { path: string; purpose: HandlePurpose }[] {
    return handles.map((handle) => {
      const { path, purpose } = this.resolve(handle, use);
      return { path, purpose };
    });
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [handle, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(handle);
    }
  }
}
