/** The voters feature as other parts of the core see it. */
export { votersFeature } from './feature';
export { markListApplied } from './applied-lists';
export { BallotService } from './ballot-service';
export { checkListFile, type CheckOutcome } from './list-check';
export { VoterListService } from './list-service';
export { RowChecker, type CheckedVoter } from './row-checks';
export { findVoter, voterCount, type VoterData, type VoterRow } from './voter-store';
export { LIST_FILE_EXTENSIONS } from './voter-handlers';
