import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

describe('an error said to the user', () => {
  it('says a specification’s problem as a sentence naming the field, in the user’s language', () => {
    const error = {
      code: 'spec_invalid' as const,
      message: 'SPEC: precinct: unknown key',
      details: { reason: 'unknown_key', field: 'precinct', key: 'numbr' },
    };
    expect(describeError(error, 'ru')).toBe(
      'Описание участка неверно: поля «numbr» в «precinct» в спецификации нет: проверьте написание.',
    );
    expect(describeError(error, 'en')).toBe(
      'The precinct specification is not valid: “numbr” in “precinct” is not a field a specification has: check its spelling.',
    );
    expect(describeError(error, 'kk')).toContain('«precinct» ішіндегі «numbr» өрісі');
    const missing = { ...error, details: { reason: 'missing', field: 'election.voting_day' } };
    expect(describeError(missing, 'en')).toBe(
      'The precinct specification is not valid: “election.voting_day” is missing or empty.',
    );
  });
});
