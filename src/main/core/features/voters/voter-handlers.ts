import type { ApiHandlers, PrecinctInfo } from '@shared/api';
import type { Language, Permission } from '@shared/roles';
import type { ListIssue, voterOperations } from '@shared/voters/voter-api';
import type { votedListOperations } from '@shared/voters/voted-list-api';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import { writeDurably } from '../../kernel/durable-file';
import { checkTarget, type FileHandles, UTF8_BOM } from '../files';
import { BallotService } from './ballot-service';
import { VoterListService } from './list-service';
import { reportCsvChunks } from './report-csv';
import { VoterSearch } from './voter-search';
import { VoterService } from './voter-service';
import { votedList } from './voted-list';

type VoterOperation = keyof typeof voterOperations | keyof typeof votedListOperations;

export interface VoterHandlerContext {
  db: Db;
  log: EventLog;
  clock: Clock;
  precinct: () => PrecinctInfo;
  /** The logged-in member allowed to do this (throws otherwise); returns the member's id. */
  member: (permission?: Permission) => string;
  language: () => Language;
  /** The files chosen by handle (features/files): lists are read, reports' CSVs written, by one. */
  fileHandles: Pick<FileHandles, 'take'>;
  /** Runs work that holds the database's write transaction across awaits, alone. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Receives the function that restarts the search's caches (a package or a peer file changed the list). */
  onSearchInvalidator?: (invalidate: () => void) => void;
}

/** Issues read per page while writing a report's CSV. */
const CSV_PAGE = 1000;

/** The endings of a voter list file the import reads (the format is told by the contents). */
export const LIST_FILE_EXTENSIONS = ['.csv', '.txt', '.xlsx'] as const;

/** The voter list's operations, over the services of src/main/core/features/voters. */
export function voterHandlers(ctx: VoterHandlerContext): Pick<ApiHandlers, VoterOperation> {
  const { db, log, clock } = ctx;
  const search = new VoterSearch(db);
  ctx.onSearchInvalidator?.(() => search.invalidate());
  const ballots = new BallotService(db, log, clock);
  const voters = new VoterService(db, log, clock, ballots, () => search.invalidate());
  const lists = new VoterListService(db, log, clock);

  return {
    checkVoterFile: ({ handle }) => {
      ctx.member('voters.import');
      const { path } = ctx.fileHandles.take(handle, 'read', LIST_FILE_EXTENSIONS);
      const votingDay = ctx.precinct().votingDay;
      return ctx.exclusive(() => lists.checkFile(path, votingDay));
    },
    importVoterFile: ({ reportId, acceptLostLetters }) => {
      const actor = ctx.member('voters.import');
      ctx.precinct();
      return ctx.exclusive(async () => {
        const report = await lists.importReport(reportId, actor, acceptLostLetters === true);
        search.invalidate();
        return report;
      });
    },
    recheckVoterList: () => {
      ctx.member('record');
      return lists.recheckList(ctx.precinct().votingDay);
    },
    listVoterReports: () => {
      ctx.member('record');
      return lists.reports();
    },
    getListIssues: ({ reportId, severity, offset, limit }) => {
      ctx.member('record');
      return lists.issues(reportId, severity, offset, limit);
    },
    exportListReport: async ({ reportId, handle }) => {
      ctx.member('record');
      const { path, replace } = ctx.fileHandles.take(handle, 'write', ['.csv']);
      await checkTarget(path, replace, ['.csv']);
      // Page by page into the file: a report on a large list is never held whole. A report's
      // issues never change once saved, so the pages read between writes stay consistent.
      let rows = 0;
      function* pages(): Generator<ListIssue[]> {
        for (let offset = 0; ; offset += CSV_PAGE) {
          const page = lists.issues(reportId, undefined, offset, CSV_PAGE);
          rows += page.issues.length;
          yield page.issues;
          if (page.issues.length < CSV_PAGE) return;
        }
      }
      const language = ctx.language();
      function* csvFile(): Generator<string> {
        yield UTF8_BOM;
        yield* reportCsvChunks(pages(), language);
      }
      await writeDurably(path, csvFile());
      return { path, rows };
    },
    searchVoters: ({ query, limit }) => {
      ctx.member();
      return search.search(query, limit);
    },
    getVoterCard: ({ iin }) => {
      ctx.member();
      return voters.card(iin);
    },
    answerInquiry: (query) => voters.answerInquiry(query, ctx.precinct(), ctx.member('record')),
    addVoter: (input) => {
      const actor = ctx.member('record');
      return voters.add(input, ctx.precinct().votingDay, actor);
    },
    correctVoter: (input) => {
      const actor = ctx.member('record');
      return voters.correct(input, ctx.precinct().votingDay, actor);
    },
    requestRemoval: (input) => voters.requestRemoval(input, ctx.member('record')),
    listRemovalRequests: ({ status }) => {
      ctx.member();
      return voters.removalRequests(status);
    },
    decideRemoval: ({ requestId, decision, reason }) =>
      voters.decideRemoval(requestId, decision, reason, ctx.member('approvals')),
    issueAbsenteeCertificate: (input) => {
      const actor = ctx.member('record');
      return voters.issueAbsentee(input, ctx.precinct(), actor);
    },
    getSections: () => {
      ctx.member();
      return ballots.sections();
    },
    setSections: ({ sections }) => ballots.setSections(sections, ctx.member('settings.edit')),
    issueBallot: ({ iin, helperName }) => {
      const actor = ctx.member('ballot.issue');
      return ballots.issue(voters.require(iin), helperName, ctx.precinct(), actor);
    },
    undoBallot: ({ ballotId, reason }) => {
      ballots.undo(ballotId, reason, ctx.member('ballot.undo'));
      return null;
    },
    getTurnout: () => {
      ctx.member();
      return ballots.turnout(ctx.precinct());
    },
    getVotedList: ({ sectionId }) => {
      ctx.member();
      return votedList(db, clock, ctx.precinct(), ballots.sectionList(), sectionId);
    },
  };
}
