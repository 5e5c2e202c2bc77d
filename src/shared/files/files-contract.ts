import { z } from 'zod';
import { op } from '../operation';

/** Choosing and writing files: the host's dialogs, the in-app picker, PDFs and text files. */
export const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10),
});

export interface DirectoryListing {
  path: string;
  parent: string | null;
  entries: { name: string; kind: 'dir' | 'file' }[];
  /**
   * Mounted removable media (USB sticks under /media/<user>/, /run/media/<user>/ and /mnt/),
   * offered first in the in-app picker: the files a commission carries are on them.
   */
  removable: { name: string; path: string }[];
}

/** A chosen file as the renderer holds it (see FileHandles in the core): never a path. */
export const fileHandleSchema = z.string().regex(/^fh_[A-Za-z0-9_-]{32}$/);

/** A file chosen for writing: its handle, and its path to show the member. */
export interface ChosenFile {
  handle: string;
  path: string;
}

/** A file or folder chosen for reading: its handle, its path to show, and which it is. */
export interface OpenedFile {
  handle: string;
  path: string;
  kind: 'file' | 'folder';
}

export const filesOperations = {
  /**
   * The host's open dialog, answered with read handles (folder handles when `directories`):
   * the main process keeps the paths. A file not ending in one of the filters' extensions is
   * refused (`invalid_input`); no filters take every file.
   */
  showOpenDialog: op<{ files: OpenedFile[] }>()(
    z.object({
      filters: z.array(fileFilterSchema).max(5),
      multiple: z.boolean(),
      /** Choose folders instead of files (supervisor mode imports whole folders). */
      directories: z.boolean().optional(),
    }),
  ),
  /**
   * The in-app picker's open step: the typed or listed path (only ever listed or bound here)
   * becomes a read handle, or a folder handle where `folders` allows one. Missing paths are
   * refused with `path_not_found`; a file of another kind with `invalid_input`.
   */
  bindOpenFile: op<OpenedFile>()(
    z.object({
      path: z.string().min(1).max(4096),
      filters: z.array(fileFilterSchema).max(5),
      folders: z.boolean(),
    }),
  ),
  /**
   * The host's save dialog, answered with a write handle (the dialog asked about replacing).
   * The first filter's first extension is added to a name that has none of the filters'.
   */
  chooseSaveFile: op<ChosenFile>()(
    z.object({
      defaultName: z.string().min(1).max(200),
      filters: z.array(fileFilterSchema).min(1).max(5),
    }),
  ),
  /**
   * The in-app picker's save step: the typed path (only ever listed or bound here) becomes a
   * write handle. A file standing there is refused with `file_exists` unless `replace` says
   * the member confirmed replacing it.
   */
  bindSaveFile: op<ChosenFile>()(
    z.object({
      path: z.string().min(1).max(4096),
      filters: z.array(fileFilterSchema).min(1).max(5),
      replace: z.boolean(),
    }),
  ),
  listDirectory: op<DirectoryListing>()(z.object({ path: z.string().max(4096).optional() })),
  savePdf: op<{ path: string; bytes: number }>()(
    z.object({
      html: z.string().min(1).max(5_000_000),
      /** From chooseSaveFile or bindSaveFile, for a `.pdf`. */
      handle: fileHandleSchema,
    }),
  ),
  /**
   * Sends a document straight to a printer through the host's print dialog, writing no file
   * (the chair's recovery code). `printed` is false when the member cancelled.
   */
  printDocument: op<{ printed: boolean }>()(z.object({ html: z.string().min(1).max(5_000_000) })),
  /** Writes a text file (CSV or plain text) as UTF-8 with a byte order mark, atomically. */
  saveTextFile: op<{ path: string; bytes: number }>()(
    z.object({
      text: z.string().max(20_000_000),
      /** From chooseSaveFile or bindSaveFile, for a `.csv` or `.txt`. */
      handle: fileHandleSchema,
    }),
  ),
};
export type FilesOperation = keyof typeof filesOperations;
