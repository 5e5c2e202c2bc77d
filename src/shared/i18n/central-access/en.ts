/** The central store locked at rest: its administrator, unlocking and locking it. */
export const centralAccessEn = {
  'errors.wrong_passphrase': 'Wrong passphrase. Tries left before the account is blocked: {left}.',
  'errors.passphrase_too_short': 'A passphrase has at least {min} characters.',
  'errors.unknown_account': 'No account of that name opens this central store.',
  'errors.account_locked_out': 'Too many wrong passphrases: this account is blocked until {until}.',
  'errors.central_locked': 'The central store is locked: enter the passphrase to open it.',
  'errors.central_door_damaged':
    'The central store’s door file is missing or damaged, so the store cannot be opened.',

  'errors.central_busy': 'An import is running: the store can be locked when it has finished.',

  'centralAccess.account': 'Account name',
  'centralAccess.passphrase': 'Passphrase',
  'centralAccess.repeat': 'Passphrase again',
  'centralAccess.mismatch': 'The two passphrases differ.',
  'centralAccess.required': 'Fill this in.',
  'centralAccess.unlockTitle': 'Unlock the central store',
  'centralAccess.unlockIntro':
    'The central store is encrypted. Enter your account name and passphrase to open it.',
  'centralAccess.unlock': 'Unlock',
  'centralAccess.createTitle': 'Make the administrator',
  'centralAccess.createIntro':
    'The central store is encrypted with a random key that only the administrator’s passphrase opens. Choose a passphrase of at least 12 characters and keep it safe: without it nobody can open the store.',
  'centralAccess.previousIntro':
    'This central store comes from an earlier version and is not encrypted yet. Making the administrator encrypts it in place; its central key and everything it holds are kept.',
  'centralAccess.create': 'Make the administrator',
  'centralAccess.passphraseHint': 'At least 12 characters.',
  'centralAccess.openedAs': 'Open as {account}',
  'centralAccess.lock': 'Lock',
};
