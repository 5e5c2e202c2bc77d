import { stat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import { DomainError } from '@shared/result';

/**
 * Checks a path a dialog or the in-app picker answered for reading: absolute, standing there,
 * a file ending in one of `extensions` (none: any file), or a folder where `folders` allows
 * one (`only`: the dialog chose folders; `also`: a typed path may name either).
 */
export async function openedFile(
  answer: string,
  extensions: readonly string[],
  folders: 'never' | 'also' | 'only',
): Promise<{ path: string; kind: 'file' | 'folder' }> {
  if (!isAbsolute(answer) || answer.includes('\0')) {
    throw new DomainError('invalid_input', 'The path must be absolute');
  }
  const path = normalize(answer);
  // Only looked at, never opened here: a file that is no regular file (a named pipe, a
  // device) is refused by the reading operation, which checks before it opens.
  const found = await stat(path).catch(() => null);
  if (!found) throw new DomainError('path_not_found', `Nothing to open at ${path}`, { path });
  if (found.isDirectory()) {
    if (folders === 'never') {
      throw new DomainError('invalid_input', 'A file is to be chosen here, not a folder');
    }
    return { path, kind: 'folder' };
  }
  if (folders === 'only') {
    throw new DomainError('invalid_input', 'A folder is to be chosen here, not a file');
  }
  const lower = path.toLowerCase();
  if (extensions.length > 0 && !extensions.some((ending) => lower.endsWith(ending))) {
    throw new DomainError('invalid_input', `The file must end in ${extensions.join(' or ')}`);
  }
  return { path, kind: 'file' };
}
