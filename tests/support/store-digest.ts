/**
 * A digest of a SQLite store's whole content, to show that something left it unchanged: every
 * table (its schema and its rows ordered by primary key, or by all columns when it declares
 * none) dumped canonically and hashed with SHA-256. Works on the central store and on a
 * precinct's database alike; tables a refusal is meant to write (an import log, an alarm) are
 * named in `exclude`.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../src/main/core/kernel/db/database';

export interface DigestOptions {
  /** Tables left out of the digest. */
  exclude?: readonly string[];
}

interface Column {
  name: string;
  pk: number;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** One value as canonical text: blobs as hex, numbers and text as JSON would write them. */
function valueText(value: unknown): string {
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value ?? null);
}

/** Each table's SHA-256 (hex) by name: a failing comparison names the table that changed. */
export function tableDigests(db: Db, options: DigestOptions = {}): Record<string, string> {
  const exclude = new Set(options.exclude ?? []);
  const tables = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
       ORDER BY name`,
    )
    .all() as { name: string; sql: string }[];
  const digests: Record<string, string> = {};
  for (const { name, sql } of tables) {
    if (exclude.has(name)) continue;
    const columns = (db.prepare(`PRAGMA table_info(${quoted(name)})`).all() as Column[]).sort(
      (a, b) => a.pk - b.pk,
    );
    const keys = columns.filter((c) => c.pk > 0).map((c) => quoted(c.name));
    const order = keys.length > 0 ? keys : columns.map((c) => quoted(c.name));
    const hash = createHash('sha256').update(`${sql}\n`);
    const rows = db
      .prepare(`SELECT * FROM ${quoted(name)} ORDER BY ${order.join(', ')}`)
      .raw()
      .iterate() as IterableIterator<unknown[]>;
    for (const row of rows) hash.update(`${row.map(valueText).join(',')}\n`);
    digests[name] = hash.digest('hex');
  }
  return digests;
}

/** The whole store's SHA-256 (hex): equal digests, equal content. */
export function storeDigest(db: Db, options: DigestOptions = {}): string {
  const hash = createHash('sha256');
  for (const [table, digest] of Object.entries(tableDigests(db, options))) {
    hash.update(`${table} ${digest}\n`);
  }
  return hash.digest('hex');
}
