import { STAGED_FILE_MAX_BYTES } from '@shared/supervisor/supervisor-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';

/** The most files one drop sends (pick a folder for more). */
const MAX_STAGED = 2000;

export type DroppedFiles = { handles: string[]; skipped: number } | { error: ApiError };

/**
 * Read handles for what was dropped, on every host: each dropped file, also inside dropped
 * folders, is read here and its bytes handed to the core, which keeps them in the data folder
 * and answers a handle. The page never learns or names a path.
 */
export async function droppedFiles(data: DataTransfer): Promise<DroppedFiles> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const found = entries.length > 0 ? await filesOf(entries) : Array.from(data.files);
  const handles: string[] = [];
  let skipped = 0;
  for (const file of found.slice(0, MAX_STAGED)) {
    if (file.size === 0 || file.size > STAGED_FILE_MAX_BYTES) {
      skipped += 1;
      continue;
    }
    const staged = await callApi('stageDroppedFile', {
      name: file.name,
      base64: await base64Of(file),
    });
    if (!staged.ok) return { error: staged.error };
    handles.push(staged.value.handle);
  }
  return { handles, skipped: skipped + Math.max(0, found.length - MAX_STAGED) };
}

async function filesOf(entries: FileSystemEntry[]): Promise<File[]> {
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (files.length > MAX_STAGED) return;
    if (entry.isFile) {
      files.push(
        await new Promise<File>((resolve, reject) =>
          (entry as FileSystemFileEntry).file(resolve, reject),
        ),
      );
    } else if (entry.isDirectory) {
      for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child);
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}

/** A directory reader answers in batches until it answers an empty one. */
async function readAll(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
