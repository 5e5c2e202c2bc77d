/**
 * Reads a voter list file, CSV or .xlsx told apart by content (a zip is a workbook), in two
 * passes: a byte scan (hash, encoding, emptiness) and the parse that hands rows on in batches.
 */
import { createHash } from 'node:crypto';
import { openByteSource } from './byte-source';
import { scanBytes } from './byte-scan';
import { readCsv } from './csv-reader';
import type { ListFileInfo, ListSource, OnBatch } from './types';
import { readXlsx } from './xlsx-reader';

/**
 * Reads the whole file, calling onBatch with consecutive non-empty data rows (batches of up to
 * 1000; a returned promise is awaited before reading on). Resolves with what was learnt about
 * the file. Rejects with ListFileError for an unusable file before any onBatch call; the one
 * exception is a file that changes while it is read ('unreadable' after the last batch), so a
 * caller should commit what it received only once this resolves.
 */
export async function readVoterList(
  source: ListSource,
  onBatch: OnBatch,
  /** False when the caller hashes the file itself (`fileSha256`); `sha256` is then ''. */
  hashed = true,
  /** Told a text file's bytes read so far and its size, after each chunk's rows. */
  onProgress?: (read: number, total: number) => void,
): Promise<ListFileInfo> {
  const bytes = await openByteSource(source);
  try {
    const scan = await scanBytes(bytes, hashed);
    if (scan.format === 'xlsx') {
      const header = await readXlsx(bytes, onBatch);
      await bytes.checkUnchanged();
      return {
        format: 'xlsx',
        encoding: null,
        bom: false,
        delimiter: null,
        columns: header.columns.map((c) => c.column),
        ignoredHeaders: header.ignoredHeaders,
        bytes: scan.bytes,
        sha256: scan.sha256,
      };
    }
    const csv = await readCsv(bytes, scan.encoding, onBatch, (read) =>
      onProgress?.(read, scan.bytes),
    );
    return {
      format: 'csv',
      encoding: scan.encoding,
      bom: scan.bom,
      delimiter: csv.delimiter,
      columns: csv.header.columns.map((c) => c.column),
      ignoredHeaders: csv.header.ignoredHeaders,
      bytes: scan.bytes,
      sha256: scan.sha256,
    };
  } finally {
    await bytes.close();
  }
}

/** The hex SHA-256 of a list file, read on its own (beside a reader that skips hashing). */
export async function fileSha256(source: ListSource): Promise<string> {
  const bytes = await openByteSource(source);
  try {
    const hash = createHash('sha256');
    for await (const chunk of bytes.chunks()) hash.update(chunk);
    await bytes.checkUnchanged();
    return hash.digest('hex');
  } finally {
    await bytes.close();
  }
}
