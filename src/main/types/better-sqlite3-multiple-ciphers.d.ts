/**
 * The stores' driver is better-sqlite3 built with SQLite3 Multiple Ciphers: the same API as
 * better-sqlite3, whose typings it uses here. (The package's own typings sit outside its
 * package "exports", where TypeScript does not look for them; the key is set by PRAGMA, so
 * nothing beyond better-sqlite3's API is used.)
 */
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
