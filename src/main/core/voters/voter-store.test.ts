import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVoterLine, encodeVoterLine, type VoterData } from './voter-store';

const voter = fc.record<VoterData>({
  iin: fc.string({ minLength: 12, maxLength: 12 }),
  last_name: fc.string(),
  first_name: fc.string(),
  patronymic: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  birth_date: fc.string(),
  address: fc.string(),
  precinct: fc.option(fc.nat(), { nil: null }),
});

describe('row attachment lines', () => {
  it('decode what they encode, tabs, line breaks and backslashes included', () => {
    fc.assert(
      fc.property(voter, (data) => {
        const line = encodeVoterLine(data);
        expect(line).not.toMatch(/[\n\r]/);
        expect(decodeVoterLine(line)).toEqual(data);
      }),
    );
    const tricky: VoterData = {
      iin: '061211600012',
      last_name: 'A\\tB',
      first_name: 'tab\there',
      patronymic: 'back\\slash\\',
      birth_date: '2006-12-11',
      address: 'line\nbreak\r\n',
      precinct: 412,
    };
    expect(decodeVoterLine(encodeVoterLine(tricky))).toEqual(tricky);
  });
});
