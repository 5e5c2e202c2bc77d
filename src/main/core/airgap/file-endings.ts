/** What a precinct package is called on disk (the precinct's loader opens only these). */
export const PACKAGE_FILE_EXTENSION = '.pdpkg';

/** What a sync file is called on disk (and what the open dialogs filter for). */
export const SYNC_FILE_EXTENSION = '.pdsync';
