/** The accommodations feature as other parts of the core see it. */
export { accommodationsFeature } from './feature';
