import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';

type Statement = Database.Statement<unknown[], unknown>;
const caches = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement compiled once per connection (SQL text is the key). */
export function cachedStatement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[], unknown>(sql);
    cache.set(sql, statement);
  }
  return statement;
}
