import { afterEach, describe, expect, it } from 'vitest';
import { centralFixture, spec, type CentralFixture } from '../../../../../tests/support/supervisor';
import { DomainError } from '@shared/result';
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
