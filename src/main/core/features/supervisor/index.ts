/** Supervisor mode as other parts of the core see it. */
export { supervisorFeature } from './feature';
export { settleFolderMode } from './supervisor-folder';
