/** Sequential 256 KiB reads over a list file (or bytes in memory), as many passes as needed. */
import { open, type FileHandle } from 'node:fs/promises';
import { ListFileError, type ListSource } from './types';

/**
 * A quarter of a MiB: parsed rows are slices of their chunk's text and live until their batch
 * is checked and written; smaller chunks and batches keep fewer of them alive at each garbage
 * collection, so less is promoted to the old generation (peak memory fell by a sixth at a
 * million rows, with no loss of speed).
 */
export const CHUNK_SIZE = 1 << 18;

export interface ByteSource {
  readonly size: number;
  /**
   * The bytes in order, from the start. A chunk is valid only until the next one is asked for
   * (the file is read into one reused buffer).
   */
  chunks(): AsyncGenerator<Buffer>;
  /** Throws 'unreadable' when the file changed since it was opened (size or modification time). */
  checkUnchanged(): Promise<void>;
  close(): Promise<void>;
}

function unreadable(error: unknown): ListFileError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ListFileError('unreadable', `The file could not be read: ${reason}`);
}

/** Runs an I/O step, turning any failure into ListFileError 'unreadable'. */
export async function io<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof ListFileError ? error : unreadable(error);
  }
}

class FileSource implements ByteSource {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_SIZE);

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
    private readonly mtimeMs: number,
  ) {}

  async *chunks(): AsyncGenerator<Buffer> {
    let position = 0;
    for (;;) {
      const { bytesRead } = await io(() => this.handle.read(this.buffer, 0, CHUNK_SIZE, position));
      if (bytesRead === 0) return;
      position += bytesRead;
      yield this.buffer.subarray(0, bytesRead);
    }
  }

  async checkUnchanged(): Promise<void> {
    const stat = await io(() => this.handle.stat());
    if (stat.size !== this.size || stat.mtimeMs !== this.mtimeMs) {
      throw new ListFileError('unreadable', 'The file changed while it was being read.');
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

class MemorySource implements ByteSource {
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get size(): number {
    return this.bytes.length;
  }

  async *chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < this.bytes.length; at += CHUNK_SIZE) {
      yield this.bytes.subarray(at, at + CHUNK_SIZE);
    }
  }

  async checkUnchanged(): Promise<void> {}

  async close(): Promise<void> {}
}

/** Opens the source; an I/O failure becomes ListFileError 'unreadable'. */
export async function openByteSource(source: ListSource): Promise<ByteSource> {
  if ('bytes' in source) return new MemorySource(source.bytes);
  const handle = await io(() => open(source.path, 'r'));
  try {
    const stat = await io(() => handle.stat());
    if (!stat.isFile()) throw new ListFileError('unreadable', 'The path is not a file.');
    return new FileSource(handle, stat.size, stat.mtimeMs);
  } catch (error) {
    await handle.close();
    throw error;
  }
}
