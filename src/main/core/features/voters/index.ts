/** The voters feature as other parts of the core see it. */
export { votersFeature } from './feature';
export { markListApplied } from './applied-lists';
