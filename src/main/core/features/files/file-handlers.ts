import { access, stat } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import type { ApiHandlers } from '../../../../shared/api';
import { DomainError } from '../../../../shared/result';
import type { HostServices } from '../../boundary/host-services';
import { listDirectory } from './directory-listing';
import { writeDurably } from '../../kernel/durable-file';

type FileOperation =
  | 'showSaveDialog'
  | 'showOpenDialog'
  | 'listDirectory'
  | 'savePdf'
  | 'printDocument'
  | 'saveTextFile';

/** Text files the app writes: spreadsheets (CSV) and plain text. */
const TEXT_EXTENSIONS = ['.csv', '.txt'] as const;
/** Excel reads a CSV as UTF-8 (and so shows Kazakh and Russian letters) only after this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Choosing and writing files: the host's dialogs, the in-app picker's folder listings, PDFs
 * rendered by the host and text files, both written durably (the old file or the whole new one
 * stands at the path, whatever happens). `requireAccess` decides who may.
 */
export function fileHandlers(
  host: HostServices,
  /** Reading covers choosing a file to open and listing folders; writing, the rest. */
  requireAccess: (use: 'read' | 'write') => void,
): Pick<ApiHandlers, FileOperation> {
  return {
    showSaveDialog: async ({ defaultName, filters }) => {
      requireAccess('write');
      const path = await host.showSaveDialog(defaultName, filters);
      if (!path) throw new DomainError('dialog_cancelled', 'The dialog was cancelled');
      return { path };
    },
    showOpenDialog: async ({ filters, multiple, directories }) => {
      requireAccess('read');
      const paths = await host.showOpenDialog(filters, multiple, directories ?? false);
      if (!paths || paths.length === 0)
        throw new DomainError('dialog_cancelled', 'The dialog was cancelled');
      return { paths };
    },
    listDirectory: ({ path }) => {
      requireAccess('read');
      // Only the in-app path picker needs folder listings; a host with native dialogs has none.
      if (host.info.nativeDialogs)
        throw new DomainError('forbidden', 'This host has native dialogs');
      return listDirectory(path);
    },
    savePdf: async ({ html, path, overwrite }) => {
      requireAccess('write');
      await checkTarget(path, overwrite, ['.pdf']);
      const pdf = await host.renderPdf(html);
      await writeDurably(path, pdf);
      return { path, bytes: pdf.byteLength };
    },
    printDocument: async ({ html }) => {
      requireAccess('write');
      return { printed: await host.printDocument(html) };
    },
    saveTextFile: async ({ text, path, overwrite }) => {
      requireAccess('write');
      await checkTarget(path, overwrite, TEXT_EXTENSIONS);
      const bytes = Buffer.from(UTF8_BOM + text, 'utf8');
      await writeDurably(path, bytes);
      return { path, bytes: bytes.byteLength };
    },
  };
}

/**
 * Checks a path the member chose for a new file: absolute, with the expected extension, in a
 * folder that exists, and not over an existing file unless replacing was confirmed.
 */
export async function checkTarget(
  path: string,
  overwrite: boolean,
  extensions: readonly string[],
): Promise<void> {
  const lower = path.toLowerCase();
  if (!isAbsolute(path) || !extensions.some((extension) => lower.endsWith(extension))) {
    throw new DomainError(
      'invalid_input',
      `The path must be absolute and end in ${extensions.join(' or ')}`,
    );
  }
  const folder = dirname(path);
  const isFolder = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder)
    throw new DomainError('path_not_found', `No folder at ${folder}`, { path: folder });
  if (!overwrite && (await exists(path))) {
    throw new DomainError('file_exists', `A file already stands at ${path}`, { path });
  }
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
