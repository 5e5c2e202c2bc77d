/** The infolog feature as other parts of the core see it. */
export { infologFeature } from './feature';
export { instantToMoment, momentToInstant } from './entry-rules';
export { InfoLogService } from './infolog-service';
