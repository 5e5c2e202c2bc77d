/** The files feature as other parts of the core see it. */
export { filesFeature } from './feature';
export { checkTarget, UTF8_BOM } from './file-handlers';
export { ANY_ENDING, FileHandles } from './file-handles';
