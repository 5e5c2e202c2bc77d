/**
 * Migration 5: the precinct side of sync. Local state only (keys from the package, export
 * history, signed checkpoints of the chain head): never derived from events, never exported.
 */
export const SYNC_SCHEMA = `
  CREATE TABLE sync_placeholder (id INTEGER PRIMARY KEY) STRICT;
`;
