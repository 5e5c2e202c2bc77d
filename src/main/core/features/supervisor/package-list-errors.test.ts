import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import {
  centralFixture,
  makePackage,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import { DomainError } from '@shared/result';
import { translate } from '@shared/i18n';

let fx: CentralFixture;
afterEach(() => fx?.dispose());

describe('a package refused for a list with errors', () => {
  it('counts the rows with errors and the errors apart', async () => {
    fx = centralFixture();
    const voters = [...sampleVoters(6, '2027-03-19', 412)];
    // Row 2: two errors (no surname, no address); row 3: one (no given name).
    voters[0] = { ...voters[0]!, last_name: '', address: '' };
    voters[1] = { ...voters[1]!, first_name: '' };
    const refused = await makePackage(fx, 'p412', 412, voters).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    const { code, details } = refused as DomainError;
    expect(code).toBe('voter_list_errors');
    expect(details).toEqual({ rows: 2, errors: 3 });
    expect(translate('en', 'errors.voter_list_errors', details)).toBe(
      'The voter list has 2 rows with errors (3 errors in all); no package was made.',
    );
  });
});
