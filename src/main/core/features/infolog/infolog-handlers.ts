import type { ApiHandlers } from '@shared/api';
import type { infologOperations } from '@shared/infolog/infolog-contract';
import { DomainError } from '@shared/result';
import type { Permission } from '@shared/roles';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import type { PrecinctService } from '../precinct';
import { InfoLogReader } from './infolog-reader';
import { InfoLogService } from './infolog-service';

type InfoLogOperation = keyof typeof infologOperations;

/**
 * The information log's operations. Every member who is logged in reads it; writing needs
 * `record` (every role has it); the complaint deadlines are the chair's (`settings.edit`).
 */
export function infologHandlers(deps: {
  db: Db;
  log: EventLog;
  clock: Clock;
  precinct: PrecinctService;
  requireSession: (permission?: Permission) => { memberId: string };
}): Pick<ApiHandlers, InfoLogOperation> {
  const { db, log, clock, precinct, requireSession } = deps;
  const service = new InfoLogService(db, log, clock, precinct);
  const reader = new InfoLogReader(db);
  const zone = () => precinct.require().timeZone;

  const view = (entryId: string) => {
    const entry = reader.get(entryId, clock.now(), zone());
    if (!entry) throw new DomainError('entry_not_found', `No entry ${entryId}`);
    return entry;
  };

  return {
    listInfoLog: (filter) => {
      requireSession();
      return reader.list(filter, clock.now(), zone());
    },
    getInfoLogCounts: ({ fromDate, toDate }) => {
      requireSession();
      return reader.dailyCounts(zone(), fromDate, toDate);
    },
    recordInfoLogEntry: ({ at, details }) => {
      const actor = requireSession('record').memberId;
      return view(service.record(at, details, actor));
    },
    correctInfoLogEntry: ({ entryId, at, details, reason }) => {
      service.correct(entryId, at, details, reason, requireSession('record').memberId);
      return view(entryId);
    },
    withdrawInfoLogEntry: ({ entryId, reason }) => {
      service.withdraw(entryId, reason, requireSession('record').memberId);
      return view(entryId);
    },
    checkOutObserver: ({ entryId, at }) => {
      service.checkOut(entryId, at, requireSession('record').memberId);
      return view(entryId);
    },
    answerComplaint: ({ entryId, response }) => {
      service.answer(entryId, response, requireSession('record').memberId);
      return view(entryId);
    },
    getInfoLogSettings: () => {
      requireSession();
      return service.settings();
    },
    setComplaintDeadlines: (rules) =>
      service.setDeadlines(rules, requireSession('settings.edit').memberId, 'manual'),
  };
}
