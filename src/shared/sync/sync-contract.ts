/**
 * The precinct side of sync (spread into `contract` in ../api.ts): loading the central
 * commission's signed package, exporting this laptop's events to a sync file, and gathering
 * the files of the precinct's other laptops.
 */
export const syncOperations = {};
