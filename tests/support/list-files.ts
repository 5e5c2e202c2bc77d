/** Test support: list files written by code into a temporary folder (no committed blobs). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readVoterList } from '../../src/main/core/features/voters/list-file/read-voter-list';
import type {
  ListFileInfo,
  ListSource,
  SourceRow,
} from '../../src/main/core/features/voters/list-file/types';

/** Ахметов Жанболат's cells as a list file holds them (his address differs between files). */
export const AHMETOV_CELLS = {
  iin: '850315300009',
  last_name: 'Ахметов',
  first_name: 'Жанболат',
  patronymic: 'Серікұлы',
  birth_date: '15.03.1985',
  precinct: '101',
};

/**
 * Text as Windows-1251 bytes, the way a Russian Windows saves it: characters the code page
 * lacks (the Kazakh letters ә, і, ң, ғ, ү, ұ, қ, ө, һ) become '?'. The table is the inverse of
 * the platform's own 1251 decoder.
 */
export function encode1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  return Uint8Array.from([...text], (char) => byChar.get(char) ?? 0x3f);
}

/** Text as UTF-16 code units, little- or big-endian, with or without a BOM. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A temporary folder for fixture files; remove() deletes it. */
export function fixtureFolder(): {
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
} {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-list-'));
  return {
    write(name, content) {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface ReadOutcome {
  info: ListFileInfo;
  rows: SourceRow[];
  batchSizes: number[];
}

/** Reads a whole source, keeping every row handed on. */
export async function readAll(source: ListSource): Promise<ReadOutcome> {
  const rows: SourceRow[] = [];
  const batchSizes: number[] = [];
  const info = await readVoterList(source, (batch) => {
    batchSizes.push(batch.length);
    rows.push(...batch);
  });
  return { info, rows, batchSizes };
}
