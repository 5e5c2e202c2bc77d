import { randomUUID } from 'node:crypto';
import type { Ballot } from '@shared/protocol/ballot';
import { checkControlRelations, failingRelations } from '@shared/protocol/control-relations';
import type { CopyInput, OpeningInput, SignInput } from '@shared/protocol/protocol-contract';
import type { ProtocolFigures } from '@shared/protocol/protocol-figures';
import type { TURNOUT_REPORT_HOURS } from '@shared/protocol/protocol-settings';
import { DomainError, type ErrorCode } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import type { InfoLogService } from '../infolog';
import type { ProtocolReader } from './protocol-reader';

const refuse = (
  code: ErrorCode,
  message: string,
  details?: Record<string, string | number>,
): never => {
  throw new DomainError(code, message, details);
};

/** The chair's and the members' acts of the voting day, each one event, checked first. */
export class ProtocolService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly reader: ProtocolReader,
    private readonly infolog: InfoLogService,
  ) {}

  private requireBallot(): Ballot {
    return this.reader.settings().ballot ?? refuse('no_ballot', 'The package has no ballot');
  }

  private requireOpen(): void {
    const day = this.reader.day();
    if (!day) refuse('voting_not_open', 'Voting has not been opened');
    if (day?.closed_at) refuse('voting_not_open', 'Voting is closed');
  }

  /** Members present, each an active member, and at least the quorum of them. */
  private checkPresent(ids: readonly string[], field: string): number {
    const members = new Set(this.reader.members().map((m) => m.id));
    const unknown = ids.find((id) => !members.has(id));
    if (unknown) refuse('member_not_present', `No active member ${unknown}`, { field });
    const quorum = this.reader.quorumNeeded();
    if (new Set(ids).size < quorum) {
      refuse('quorum_not_met', 'Fewer members than the quorum', {
        field,
        present: new Set(ids).size,
        quorum,
      });
    }
    return quorum;
  }

  open(input: OpeningInput, actor: string): void {
    this.requireBallot();
    if (this.reader.day()) refuse('voting_already_opened', 'Voting was opened already');
    const quorum = this.checkPresent(input.presentMemberIds, 'presentMemberIds');
    const issuers = new Set(
      this.reader
        .members()
        .filter((m) => m.issues && input.presentMemberIds.includes(m.id))
        .map((m) => m.id),
    );
    const stranger = input.allocations.find((a) => !issuers.has(a.memberId));
    if (stranger) {
      refuse('member_not_present', 'Ballots go to present members who issue them', {
        field: 'allocations',
        memberId: stranger.memberId,
      });
    }
    const allocated = input.allocations.reduce((sum, a) => sum + a.ballots, 0);
    if (allocated > input.ballotsReceived) {
      refuse('allocations_exceed_received', 'More ballots allocated than received', {
        field: 'allocations',
        allocated,
        received: input.ballotsReceived,
      });
    }
    if (!input.boxes.some((box) => box.kind === 'stationary')) {
      refuse('stationary_box_required', 'At least one stationary box', { field: 'boxes' });
    }
    const present = new Set(this.reader.observers(true).map((o) => o.entryId));
    const absent = input.observerEntryIds.find((id) => !present.has(id));
    if (absent) refuse('observer_not_present', 'Not an observer present', { field: 'observers' });
    this.log.record('voting.opened', actor, {
      present_member_ids: [...new Set(input.presentMemberIds)],
      quorum,
      ballots_received: input.ballotsReceived,
      serial_from: input.serialFrom,
      serial_to: input.serialTo,
      allocations: input.allocations
        .filter((a) => a.ballots > 0)
        .map((a) => ({ member_id: a.memberId, ballots: a.ballots })),
      boxes: input.boxes,
      observer_entry_ids: [...new Set(input.observerEntryIds)],
    });
  }

  move(from: string | null, to: string | null, ballots: number, actor: string): void {
    this.requireOpen();
    if (from === to || ballots < 1) refuse('invalid_input', 'A move needs two sides and ballots');
    const members = new Set(this.reader.members().map((m) => m.id));
    for (const id of [from, to]) {
      if (id !== null && !members.has(id)) refuse('member_not_present', `No member ${id}`);
    }
    const available = from === null ? this.reader.stock() : this.reader.inHand(from);
    if (available < ballots) {
      refuse('not_enough_ballots', 'Not that many ballots to move', {
        field: 'ballots',
        available,
      });
    }
    this.log.record('ballots.moved', actor, {
      from_member_id: from,
      to_member_id: to,
      ballots,
    });
  }

  /** The voter's ballot in force was spoiled: the member who issues gives them another. */
  spoiled(iin: string, actor: string): void {
    this.requireOpen();
    const ballot = cachedStatement(
      this.db,
      'SELECT ballot_id FROM ballots WHERE iin = ? AND undone_at IS NULL',
    ).get(iin) as { ballot_id: string } | undefined;
    if (!ballot) refuse('ballot_not_found', 'No ballot in force for this voter', { field: 'iin' });
    if (this.reader.inHand(actor) < 1) {
      refuse('not_enough_ballots', 'No ballot left to replace the spoiled one', { field: 'iin' });
    }
    this.log.record('ballot.spoiled', actor, {
      ballot_id: (ballot as { ballot_id: string }).ballot_id,
      iin,
      member_id: actor,
    });
  }

  reportSent(hour: (typeof TURNOUT_REPORT_HOURS)[number], actor: string): void {
    if (!this.reader.day()) refuse('voting_not_open', 'Voting has not been opened');
    if (this.reader.reportSent(hour)) {
      refuse('report_already_sent', `The ${hour} report is marked sent already`);
    }
    const totals = this.reader.totals();
    this.log.record('turnout.report_sent', actor, {
      hour,
      voters_voted: totals.issuedAtStation + totals.issuedAtHome,
    });
  }

  close(actor: string): void {
    this.requireOpen();
    this.log.record('voting.closed', actor, {});
  }

  /**
   * A copy of the opening act or of a signed protocol version handed to an observer present:
   * recorded as an entry of the information log (one event), naming the observer, the
   * document and its version. Returns the entry's id.
   */
  issueCopy(input: CopyInput, actor: string): string {
    const observer = this.reader.observers(true).find((o) => o.entryId === input.observerEntryId);
    if (!observer) {
      refuse('observer_not_present', 'Not an observer present', { field: 'observerEntryId' });
    }
    let version: { protocolId: string; version: number } | null = null;
    if (input.document === 'opening_act') {
      if (!this.reader.day()) refuse('document_not_found', 'Voting has not been opened');
      if (input.protocolId !== null) refuse('invalid_input', 'The opening act has no version');
    } else {
      version =
        this.reader.versions().find((v) => v.protocolId === input.protocolId) ??
        refuse('document_not_found', 'No signed protocol version of that id', {
          field: 'protocolId',
        });
    }
    const { name, organisation } = observer as { name: string; organisation: string };
    return this.infolog.recordCopyIssued(
      {
        kind: 'copy_issued',
        observerEntryId: input.observerEntryId,
        observerName: name,
        organisation,
        document: input.document,
        protocolId: version?.protocolId ?? null,
        version: version?.version ?? null,
      },
      actor,
    );
  }

  /** A new signed version: the first, or a correction of the latest with its reason. */
  sign(input: SignInput, actor: string): string {
    const day = this.reader.day();
    if (!day?.closed_at) refuse('voting_not_closed', 'The protocol is signed after the close');
    checkAgainstBallot(input.figures, this.requireBallot());
    this.checkPresent(input.signedByMemberIds, 'signedByMemberIds');
    const failing = failingRelations(checkControlRelations(input.figures, this.reader.control()));
    const missing = failing.filter((key) => !input.explanations[key]);
    if (missing.length > 0) {
      refuse('explanation_required', 'Each failing relation needs an explanation', {
        field: 'explanations',
        relations: missing.join(', '),
      });
    }
    const previous = this.reader.versions().at(-1) ?? null;
    if ((previous === null) !== (input.correctionReason === null)) {
      refuse('correction_reason_required', 'A correction, and only a correction, gives a reason', {
        field: 'correctionReason',
      });
    }
    const explanations = Object.fromEntries(
      failing.map((key) => [key, input.explanations[key] as string]),
    );
    const protocolId = randomUUID();
    this.log.record('protocol.signed', actor, {
      protocol_id: protocolId,
      version: (previous?.version ?? 0) + 1,
      supersedes: previous?.protocolId ?? null,
      correction_reason: input.correctionReason,
      figures: input.figures,
      explanations,
      signed_by_member_ids: [...new Set(input.signedByMemberIds)],
    });
    return protocolId;
  }
}

/** The figures count exactly the ballot's questions and options. */
export function checkAgainstBallot(figures: ProtocolFigures, ballot: Ballot): void {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  const questions = ballot.questions.map((q) => q.id);
  const ok =
    same(
      figures.questions.map((q) => q.question_id),
      questions,
    ) &&
    figures.questions.every((count) =>
      same(
        Object.keys(count.votes),
        ballot.questions.find((q) => q.id === count.question_id)?.options.map((o) => o.id) ?? [],
      ),
    );
  if (!ok)
    refuse('figures_mismatch_ballot', 'The figures do not follow the ballot', { field: 'figures' });
}
