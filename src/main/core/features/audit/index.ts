/** The audit feature as other parts of the core see it. */
export { auditFeature } from './feature';
