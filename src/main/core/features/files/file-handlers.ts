import { access, stat } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import type { FileFilter } from '../../boundary/host-services';
import type { ApiHandlers } from '@shared/api';
import { DomainError } from '@shared/result';
import type { HostServices } from '../../boundary/host-services';
import { listDirectory } from './directory-listing';
import { withPrintFont } from './print-font';
import { openedFile } from './open-files';
import type { FileHandles } from './file-handles';
import { writeDurably } from '../../kernel/durable-file';

type FileOperation =
  | 'showOpenDialog'
  | 'bindOpenFile'
  | 'chooseSaveFile'
  | 'bindSaveFile'
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
  handles: FileHandles,
): Pick<ApiHandlers, FileOperation> {
  return {
    chooseSaveFile: async ({ defaultName, filters }) => {
      requireAccess('write');
      const answer = await host.showSaveDialog(defaultName, filters);
      if (!answer) throw new DomainError('dialog_cancelled', 'The dialog was cancelled');
      const extensions = endings(filters);
      const path = withEnding(answer, extensions);
      // The dialog asked about replacing the file it answered; a name it did not see is new.
      const replace = path === answer;
      await checkTarget(path, replace, extensions);
      return { handle: handles.issue(path, 'write', replace), path };
    },
    bindSaveFile: async ({ path: typed, filters, replace }) => {
      requireAccess('write');
      if (host.info.nativeDialogs)
        throw new DomainError('forbidden', 'This host has native dialogs');
      const extensions = endings(filters);
      const path = withEnding(typed, extensions);
      await checkTarget(path, replace, extensions);
      return { handle: handles.issue(path, 'write', replace), path };
    },
    showOpenDialog: async ({ filters, multiple, directories }) => {
      requireAccess('read');
      const folders = directories ?? false;
      const paths = await host.showOpenDialog(filters, multiple, folders);
      if (!paths || paths.length === 0)
        throw new DomainError('dialog_cancelled', 'The dialog was cancelled');
      // Every answer checked before any handle is issued.
      const opened = [];
      for (const path of multiple ? paths : paths.slice(0, 1)) {
        opened.push(await openedFile(path, endings(filters), folders ? 'only' : 'never'));
      }
      return {
        files: opened.map((file) => ({
          ...file,
          handle: handles.issue(file.path, purposeOf(file.kind)),
        })),
      };
    },
    bindOpenFile: async ({ path: typed, filters, folders }) => {
      requireAccess('read');
      if (host.info.nativeDialogs)
        throw new DomainError('forbidden', 'This host has native dialogs');
      const file = await openedFile(typed, endings(filters), folders ? 'also' : 'never');
      return { ...file, handle: handles.issue(file.path, purposeOf(file.kind)) };
    },
    listDirectory: ({ path }) => {
      requireAccess('read');
      // Only the in-app path picker needs folder listings; a host with native dialogs has none.
      if (host.info.nativeDialogs)
        throw new DomainError('forbidden', 'This host has native dialogs');
      return listDirectory(path);
    },
    savePdf: async ({ html, handle }) => {
      requireAccess('write');
      const { path, replace } = handles.take(handle, 'write', ['.pdf']);
      await checkTarget(path, replace, ['.pdf']);
      // The bundled font goes into the document here, so every host prints with it.
      const pdf = await host.renderPdf(withPrintFont(html));
      await writeDurably(path, pdf);
      return { path, bytes: pdf.byteLength };
    },
    printDocument: async ({ html }) => {
      requireAccess('write');
      return { printed: await host.printDocument(withPrintFont(html)) };
    },
    saveTextFile: async ({ text, handle }) => {
      requireAccess('write');
      const { path, replace } = handles.take(handle, 'write', TEXT_EXTENSIONS);
      await checkTarget(path, replace, TEXT_EXTENSIONS);
      const bytes = Buffer.from(UTF8_BOM + text, 'utf8');
      await writeDurably(path, bytes);
      return { path, bytes: bytes.byteLength };
    },
  };
}

const purposeOf = (kind: 'file' | 'folder') => (kind === 'folder' ? 'folder' : 'read');

/** The filters' endings, lower case with the dot (`.pdf`). */
function endings(filters: readonly FileFilter[]): string[] {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`));
}

/** Adds the first ending unless the path already has one of them (a typed name often lacks it). */
function withEnding(path: string, extensions: readonly string[]): string {
  const lower = path.toLowerCase();
  if (extensions.length === 0 || extensions.some((extension) => lower.endsWith(extension)))
    return path;
  return path + extensions[0];
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
