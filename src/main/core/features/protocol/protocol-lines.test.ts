import { afterEach, describe, expect, it } from 'vitest';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import type { ProtocolLine } from '@shared/protocol/protocol-lines';
import type { TestCore } from '../../../../../tests/support/core';
import { votingDayPrecinct } from '../../../../../tests/support/protocol';
import { packageWorld, type PackageWorld } from '../../../../../tests/support/sync';
import { rebuildProjections } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

/** A package whose protocol puts the valid ballots before the invalid ones, relabelled. */
const lines: ProtocolLine[] = (() => {
  const law = defaultProtocolLines();
  const general = law.filter((line) => line.key !== 'invalid' && line.key !== 'valid');
  return [
    ...general,
    { key: 'valid', label: { kk: 'Жарамды бюллетеньдер саны', ru: 'Действительных бюллетеней' } },
    {
      key: 'invalid',
      label: { kk: 'Жарамсыз бюллетеньдер саны', ru: 'Недействительных бюллетеней' },
    },
  ];
})();

function worldWithLines(size: number): PackageWorld {
  const world = packageWorld(size);
  return {
    ...world,
    write: (options = {}) =>
      world.write({
        ...options,
        change: (content) => {
          const changed = options.change ? options.change(content) : content;
          return {
            ...changed,
            election: { ...changed.election, protocol: { quorum: 'more_than_half', lines } },
          };
        },
      }),
  };
}

describe('the protocol’s lines from the package', () => {
  it('are the law’s by default', async () => {
    const p = await votingDayPrecinct(4);
    t = p.t;
    expect((await t.must('getVotingDay', {})).lines).toEqual(defaultProtocolLines());
    const [setEvent] = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'protocol.ballot_set'")
      .pluck()
      .all() as string[];
    // A package without lines records none, as packages did before lines existed.
    expect(JSON.parse(setEvent!)).not.toHaveProperty('lines');
  });

  it('are the package’s labels and order when it gives them, and survive a rebuild', async () => {
    const p = await votingDayPrecinct(4, worldWithLines(4));
    t = p.t;
    const day = await t.must('getVotingDay', {});
    expect(day.lines).toEqual(lines);
    rebuildProjections(t.core.db);
    expect((await t.must('getVotingDay', {})).lines).toEqual(lines);
  });
});
