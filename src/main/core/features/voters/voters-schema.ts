import type { MigrationPart } from '../../kernel/feature';
import { VOTERS_NAME_INDEX_SCHEMA, VOTERS_SCHEMA } from './voter-tables';

/**
 * The voter list's tables: schema version 2, the list imports applied (version 5), and the
 * name index widened to hold the ranking's columns (version 10).
 */
export const VOTERS_MIGRATIONS: readonly MigrationPart[] = [
  { version: 2, sql: VOTERS_SCHEMA },
  {
    version: 5,
    sql: `
  -- The list imports applied (a list imported on two laptops from one package is applied
  -- once when their logs meet): a projection.
  CREATE TABLE sync_applied_lists (
    rows_sha256 TEXT PRIMARY KEY,
    import_id TEXT NOT NULL
  ) STRICT;
`,
  },
  { version: 10, sql: VOTERS_NAME_INDEX_SCHEMA },
];
