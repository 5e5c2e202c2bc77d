import { afterEach, describe, expect, it } from 'vitest';
import { centralFixture, spec, type CentralFixture } from '../../../../../tests/support/supervisor';
import { DomainError } from '@shared/result';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import { LINE_LABEL_MAX } from '@shared/protocol/protocol-lines';
import { translate } from '@shared/i18n';
import { readPrecinctSpec } from './precinct-spec';

let fx: CentralFixture;
afterEach(() => fx?.dispose());

/** The refusal of a spec file holding `json`, or null when it is accepted. */
async function refusal(json: string): Promise<DomainError | null> {
  const path = fx.file(`spec-${Math.random()}.json`, json);
  return readPrecinctSpec(path).then(
    () => null,
    (error: unknown) => error as DomainError,
  );
}

describe('a precinct specification refused', () => {
  it('names the reason and the field, never the validator’s words', async () => {
    fx = centralFixture();
    const good = spec('p412', 412);
    expect(await refusal(JSON.stringify(good))).toBeNull();

    const typo = { ...good, precinct: { ...good.precinct, numbr: 412 } };
    const unknown = await refusal(JSON.stringify(typo));
    expect(unknown?.code).toBe('spec_invalid');
    expect(unknown?.details).toEqual({ reason: 'unknown_key', field: 'precinct', key: 'numbr' });
    expect(JSON.stringify(unknown?.details)).not.toMatch(/Unrecognized/);

    const noElection: Partial<typeof good> = { ...good };
    delete noElection.election;
    expect((await refusal(JSON.stringify(noElection)))?.details).toEqual({
      reason: 'missing',
      field: 'election',
    });
    expect((await refusal('{ "election": '))?.details).toEqual({
      reason: 'not_json',
      field: 'SPEC.json',
    });
    const twoChairs = { ...good, members: [...good.members, { full_name: 'A', role: 'chair' }] };
    expect((await refusal(JSON.stringify(twoChairs)))?.details).toMatchObject({
      reason: 'one_chair',
    });
  });
});

describe('the protocol’s lines in a specification', () => {
  const withLines = (lines: unknown) => {
    const good = spec('p412', 412);
    return JSON.stringify({
      ...good,
      election: { ...good.election, protocol: { quorum: 'more_than_half', lines } },
    });
  };
  const law = () => defaultProtocolLines().map((line) => ({ ...line, label: { ...line.label } }));

  it('accepts the law’s lines relabelled and reordered, and refuses any other set naming the line', async () => {
    fx = centralFixture();
    const reordered = law();
    const [unused] = reordered.splice(4, 1);
    reordered.splice(1, 0, { ...unused!, label: { kk: 'Жойылған бюллетеньдер', ru: 'Погашено' } });
    const path = fx.file('spec-lines.json', withLines(reordered));
    const read = await readPrecinctSpec(path);
    expect(read.election.protocol.lines?.map((l) => l.key).slice(0, 3)).toEqual([
      'ballots_received',
      'unused',
      'issued_at_station',
    ]);

    const unknown = [...law(), { key: 'turnout_percent', label: { kk: 'Пайыз', ru: 'Процент' } }];
    const refusedUnknown = await refusal(withLines(unknown));
    expect(refusedUnknown?.code).toBe('spec_invalid');
    expect(refusedUnknown?.details).toEqual({
      reason: 'unknown_line',
      field: 'election.protocol.lines.9.key',
      line: 'turnout_percent',
    });
    expect(refusedUnknown?.message).toBe(
      'SPEC: “election.protocol.lines.9.key”: the protocol has no line “turnout_percent” (the lines are the figures the app counts and checks)',
    );

    const twice = [...law(), law()[2]!];
    expect((await refusal(withLines(twice)))?.details).toEqual({
      reason: 'duplicate_line',
      field: 'election.protocol.lines.9.key',
      line: 'issued_at_home',
    });

    const dropped = law().filter((line) => line.key !== 'in_portable_boxes');
    const missing = await refusal(withLines(dropped));
    expect(missing?.details).toEqual({
      reason: 'missing_line',
      field: 'election.protocol.lines',
      line: 'in_portable_boxes',
    });
    expect(translate('ru', 'spec.problem.missing_line', missing?.details)).toContain(
      '«election.protocol.lines»: нет строки протокола «in_portable_boxes»',
    );

    const long = law();
    long[0]!.label.kk = 'ж'.repeat(LINE_LABEL_MAX + 1);
    expect((await refusal(withLines(long)))?.details).toEqual({
      reason: 'too_long',
      field: 'election.protocol.lines.0.label.kk',
      max: LINE_LABEL_MAX,
    });
    const empty = law();
    empty[3]!.label.ru = '   ';
    expect((await refusal(withLines(empty)))?.details).toEqual({
      reason: 'missing',
      field: 'election.protocol.lines.3.label.ru',
    });
  });
});
