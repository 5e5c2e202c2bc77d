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
}

export const filesOperations = {
  showSaveDialog: op<{ path: string }>()(
    z.object({
      defaultName: z.string().min(1).max(200),
      filters: z.array(fileFilterSchema).max(5),
    }),
  ),
  showOpenDialog: op<{ paths: string[] }>()(
    z.object({
      filters: z.array(fileFilterSchema).max(5),
      multiple: z.boolean(),
      /** Choose folders instead of files (supervisor mode imports whole folders). */
      directories: z.boolean().optional(),
    }),
  ),
  listDirectory: op<DirectoryListing>()(z.object({ path: z.string().max(4096).optional() })),
  savePdf: op<{ path: string; bytes: number }>()(
    z.object({
      html: z.string().min(1).max(5_000_000),
      path: z.string().min(1).max(4096),
      /** Replace an existing file (native dialogs have asked already; the in-app picker asks). */
      overwrite: z.boolean(),
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
      path: z.string().min(1).max(4096),
      overwrite: z.boolean(),
    }),
  ),
};
export type FilesOperation = keyof typeof filesOperations;
