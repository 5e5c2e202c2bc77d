import type { TestCore } from './core';

/** A recovery code in the right form that no precinct was given. */
export const WRONG_RECOVERY_CODE = 'AAAA-BBBB-CCCC-DDDD';

/** Resets the chair's PIN with a recovery code, as the login screen's forgotten-PIN form sends it. */
export function recoverChairPin(
  t: TestCore,
  memberId: string,
  recoveryCode: string,
  newPin = '975318',
) {
  return t.call('recoverChairPin', { memberId, recoveryCode, newPin });
}
