/** The voting day's feature as other parts of the core see it. */
export { protocolFeature } from './feature';
