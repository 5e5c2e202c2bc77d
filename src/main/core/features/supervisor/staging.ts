import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ApiHandlers } from '@shared/api';
import { STAGED_FILE_MAX_BYTES } from '@shared/supervisor/supervisor-contract';
import { DomainError } from '@shared/result';
import { writeDurably } from '../../kernel/durable-file';
import type { FileHandles } from '../files';

/** Where dropped files are kept inside a supervisor-mode data folder. */
export const STAGED_FOLDER = 'dropped';

/** A file name that is safe on every system: no separators, no control or reserved characters. */
export function safeFileName(name: string): string {
  const cleaned = [...basename(name.replace(/\\/g, '/'))]
    .map((char) => (char.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(char) ? '_' : char))
    .join('')
    .replace(/^\.+/, '_')
    .slice(0, 200);
  return cleaned || 'dropped-file';
}

/**
 * Dropped files, on every host: the renderer sends the bytes (never a path), they are kept
 * under `dropped/<id>/` in the data folder, and the main process answers a read handle for
 * the copy, which the import reads like any chosen file, with all its checks.
 */
export function stagingHandlers(
  dataDir: string,
  isSupervisorFolder: () => boolean,
  handles: Pick<FileHandles, 'issue'>,
): Pick<ApiHandlers, 'stageDroppedFile'> {
  return {
    stageDroppedFile: async ({ name, base64 }) => {
      if (!isSupervisorFolder()) {
        throw new DomainError(
          'central_not_initialized',
          'Dropped files are kept in supervisor mode only',
        );
      }
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.byteLength === 0 || bytes.byteLength > STAGED_FILE_MAX_BYTES) {
        throw new DomainError('invalid_input', 'A dropped file is empty or too large to keep');
      }
      const folder = join(dataDir, STAGED_FOLDER, randomUUID());
      await mkdir(folder, { recursive: true });
      const kept = safeFileName(name);
      const path = join(folder, kept);
      await writeDurably(path, bytes);
      return { handle: handles.issue(path, 'read'), name: kept };
    },
  };
}
