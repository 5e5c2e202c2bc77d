/** The central key backup: making one, and a new supervisor folder restored from one. */
export const keyBackupEn = {
  'errors.not_a_key_backup': 'This file is not a key backup.',
  'errors.key_backup_version':
    'This key backup is of a format this version of the app does not read.',
  'errors.key_backup_damaged': 'The key backup does not read: it is damaged.',
  'errors.key_backup_truncated': 'The key backup is cut off: copy it again from the original.',
  'errors.key_backup_altered': 'The key backup was changed after it was made, so it is refused.',
  'errors.wrong_backup_passphrase': 'That passphrase does not open this key backup.',
  'errors.key_backup_too_large': 'The file is larger than any key backup.',
  'errors.key_backup_inconsistent': 'The key backup does not hold together, so it is refused.',
  'errors.central_store_exists':
    'This folder holds a central store already: a key backup is restored only into a new supervisor folder.',
  'errors.administrator_only': 'Only an administrator can do this.',

  'keyBackup.nav': 'Key backup',
  'keyBackup.title': 'Key backup',
  'keyBackup.intro':
    'The key backup holds the central keys and every precinct’s package registry, encrypted under a passphrase of its own. With it a second supervisor laptop reads every precinct’s sync files and makes newer packages with the same keys. Whoever has the file and its passphrase can do the same: keep the file in the commission’s safe and the passphrase on paper in another place.',
  'keyBackup.passphrase': 'Backup passphrase',
  'keyBackup.repeat': 'Backup passphrase again',
  'keyBackup.hint': 'At least 12 characters, not an account’s passphrase.',
  'keyBackup.tooShort': 'The passphrase has fewer than 12 characters.',
  'keyBackup.mismatch': 'The two passphrases differ.',
  'keyBackup.required': 'Fill this in.',
  'keyBackup.save': 'Save the key backup…',
  'keyBackup.saving': 'Writing the key backup…',
  'keyBackup.saved': 'The key backup is saved.',
  'keyBackup.fileType': 'Key backup',
  'keyBackup.resultCaption': 'The key backup saved',
  'keyBackup.path': 'File',
  'keyBackup.precincts': 'Precincts',
  'keyBackup.sha256': 'SHA-256 of the file',
  'keyBackup.fingerprint': 'Central key',

  'keyRestore.offer': 'Restore from a key backup',
  'keyRestore.offerIntro':
    'A second supervisor laptop, or one replacing a lost one, starts from the key backup of the first.',
  'keyRestore.back': 'Make a new central store instead',
  'keyRestore.title': 'Restore from a key backup',
  'keyRestore.intro':
    'This folder gets the central keys and the package registry of the backup: it reads every precinct’s sync files and makes newer packages with the same keys. Import the precincts’ sync files afterwards.',
  'keyRestore.file': 'Key backup file',
  'keyRestore.choose': 'Choose the key backup…',
  'keyRestore.notChosen': 'No file chosen',
  'keyRestore.backupPassphrase': 'Passphrase of the key backup',
  'keyRestore.adminHeading': 'The administrator of this laptop',
  'keyRestore.adminIntro':
    'This laptop’s own administrator: the passphrase (at least 12 characters) encrypts this folder’s store.',
  'keyRestore.submit': 'Restore',
  'keyRestore.restoring': 'Restoring the keys… this takes a few seconds.',
} as const;
