import type { ApiHandlers } from '@shared/api';
import type { ProtocolOperation } from '@shared/protocol/protocol-contract';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import type { Permission } from '@shared/roles';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { localDateTime } from '../../kernel/time/local-time';
import type { EventLog } from '../../events';
import { InfoLogService } from '../infolog';
import type { PrecinctService } from '../precinct';
import { ProtocolReader } from './protocol-reader';
import { ProtocolService } from './protocol-service';

/**
 * The voting day's operations. Every member logged in reads the day; the chair's acts need
 * `protocol.manage`; a spoiled ballot is recorded by the member who issues (`ballot.issue`);
 * a turnout report is marked sent by any member (`record`).
 */
export function protocolHandlers(deps: {
  db: Db;
  log: EventLog;
  clock: Clock;
  deviceId: string;
  precinct: PrecinctService;
  requireSession: (permission?: Permission) => { memberId: string };
}): Pick<ApiHandlers, ProtocolOperation> {
  const { db, log, clock, precinct, requireSession } = deps;
  const reader = new ProtocolReader(db);
  const service = new ProtocolService(
    db,
    log,
    reader,
    new InfoLogService(db, log, clock, precinct),
  );

  const view = (): VotingDayView => {
    const info = precinct.require();
    const local = localDateTime(clock.now(), info.timeZone);
    const settings = reader.settings();
    return {
      ballot: settings.ballot,
      lines: settings.lines,
      quorumRule: settings.quorumRule,
      members: reader.members(),
      quorumNeeded: reader.quorumNeeded(),
      opening: reader.opening(),
      closedAt: reader.day()?.closed_at ?? null,
      stock: reader.stock(),
      balances: reader.balances(),
      totals: reader.totals(),
      reports: reader.reports(`${local.date}T${local.time}`, info.votingDay),
      observersPresent: reader.observers(true),
      control: reader.control(),
      versions: reader.versions(),
      laptops: reader.laptops(deps.deviceId),
      copiesIssued: reader.copiesIssued(),
    };
  };
  const act = (permission: Permission, work: (actor: string) => void): VotingDayView => {
    work(requireSession(permission).memberId);
    return view();
  };

  return {
    getVotingDay: () => {
      requireSession();
      return view();
    },
    openVoting: (input) => act('protocol.manage', (actor) => service.open(input, actor)),
    moveBallots: ({ fromMemberId, toMemberId, ballots }) =>
      act('protocol.manage', (actor) => service.move(fromMemberId, toMemberId, ballots, actor)),
    recordSpoiledBallot: ({ iin }) => act('ballot.issue', (actor) => service.spoiled(iin, actor)),
    markTurnoutReportSent: ({ hour }) => act('record', (actor) => service.reportSent(hour, actor)),
    closeVoting: () => act('protocol.manage', (actor) => service.close(actor)),
    signProtocol: (input) => act('protocol.manage', (actor) => void service.sign(input, actor)),
    issueDocumentCopy: (input) =>
      act('protocol.manage', (actor) => void service.issueCopy(input, actor)),
  };
}
