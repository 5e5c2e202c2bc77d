/** Shared steps of the voting-day tests (features/protocol/*.test.ts). */
import type { OpeningInput } from '../../src/shared/protocol/protocol-contract';
import type { ProtocolFigures } from '../../src/shared/protocol/protocol-figures';
import { SAMPLE_ENTRIES } from '../../src/shared/infolog/sample-entries';
import { instantOfRuleTime } from '../../src/main/core/kernel/time/local-instant';
import type { TestCore } from './core';
import {
  CHAIR_PIN_FROM_PACKAGE,
  packageWorld,
  precinctFromPackage,
  type PackageWorld,
} from './sync';

export const PROTOCOL_VOTING_DAY = '2027-03-19';
export const PINS: Record<string, string> = {
  'm-chair': CHAIR_PIN_FROM_PACKAGE,
  'm-deputy': '246802',
  'm-secretary': '864202',
  'm-member': '135790',
};

/**
 * A precinct loaded from the sample package (its ballot of party lists, four members, `size`
 * voters), every member with a PIN of their own; `as` moves the clock to a precinct-local time
 * on voting day and logs a member in.
 */
export async function votingDayPrecinct(size = 12, world: PackageWorld = packageWorld(size)) {
  const { t, chair } = await precinctFromPackage(world);
  for (const id of ['m-deputy', 'm-secretary', 'm-member']) {
    await t.call('logout', {});
    await t.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: id });
    await t.must('logout', {});
    await t.must('login', { memberId: id, pin: temporaryPin });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: PINS[id] as string });
  }
  const as = async (time: string, memberId: string, date = PROTOCOL_VOTING_DAY) => {
    t.clock.set(new Date(instantOfRuleTime(date, time, 'Asia/Almaty')).toISOString());
    await t.call('logout', {});
    await t.must('login', { memberId, pin: PINS[memberId] as string });
  };
  return { t, world, voters: world.voters, as };
}

/** An observer present, recorded in the information log; its entry id. */
export async function observerPresent(t: TestCore, at: string): Promise<string> {
  const entry = await t.must('recordInfoLogEntry', { at, details: SAMPLE_ENTRIES.observer });
  return entry.id;
}

/** The opening as the chair records it: 100 ballots, 40 to the deputy and 30 to the member. */
export function opening(observerIds: string[], change: Partial<OpeningInput> = {}): OpeningInput {
  return {
    presentMemberIds: ['m-chair', 'm-deputy', 'm-member'],
    ballotsReceived: 100,
    serialFrom: '0412001',
    serialTo: '0412100',
    allocations: [
      { memberId: 'm-deputy', ballots: 40 },
      { memberId: 'm-member', ballots: 30 },
    ],
    boxes: [
      { kind: 'stationary', number: '1', seal: 'S-0001' },
      { kind: 'portable', number: '2', seal: 'S-0002' },
    ],
    observerEntryIds: observerIds,
    ...change,
  };
}

/** Figures of the sample ballot's one question. */
export function figures(change: Partial<ProtocolFigures> = {}): ProtocolFigures {
  return {
    ballots_received: 100,
    issued_at_station: 2,
    issued_at_home: 1,
    spoiled: 1,
    unused: 96,
    in_stationary_boxes: 2,
    in_portable_boxes: 1,
    questions: [
      {
        question_id: 'lists',
        valid: 3,
        invalid: 0,
        votes: { 'aq-zhol': 1, auyl: 2, respublica: 0 },
      },
    ],
    ...change,
  };
}
