import { STAGED_FILE_MAX_BYTES } from '../../../../../shared/supervisor/supervisor-contract';
import type { ApiError } from '../../../../../shared/result';
import { callApi } from '../../../api/precinct-client';

declare global {
  interface Window {
    /** Electron's preload: the path of a dropped file or folder. Absent on the Chromium host. */
    readonly precinctFiles?: { pathForFile: (file: File) => string };
  }
}

/** The most files one drop stages on a host without paths (pick a folder for more). */
const MAX_STAGED = 2000;

export type DroppedPaths = { paths: string[]; skipped: number } | { error: ApiError };

/**
 * The paths of what was dropped. Electron tells them (folders too); elsewhere each dropped
 * file, also inside dropped folders, is read here and kept by the core in the data folder.
 */
export async function droppedPaths(data: DataTransfer): Promise<DroppedPaths> {
  const files = Array.from(data.files);
  const bridge = window.precinctFiles;
  if (bridge) {
    const paths = files.map((file) => bridge.pathForFile(file)).filter(Boolean);
    return { paths, skipped: files.length - paths.length };
  }
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const found = entries.length > 0 ? await filesOf(entries) : files;
  const paths: string[] = [];
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
    paths.push(staged.value.path);
  }
  return { paths, skipped: skipped + Math.max(0, found.length - MAX_STAGED) };
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
