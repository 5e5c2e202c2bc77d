/**
 * Supervisor mode (spread into `contract` in ../api.ts): the central commission's side of
 * sync, in a data folder of its own.
 */
export const centralOperations = {};
