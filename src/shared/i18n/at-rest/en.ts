/** A precinct folder locked at rest: its door file, its secrets, the closed precinct. */
export const atRestEn = {
  'errors.door_damaged':
    'The data folder’s door file is damaged: the store cannot be opened. Nothing was changed.',
  'errors.door_missing':
    'The data folder holds an encrypted store without its door file: it cannot be opened.',
  'errors.store_missing': 'The data folder’s door file names a store that is not there.',
  'errors.door_mismatch': 'The store in this data folder is not the one its door file seals.',
  'errors.store_locked': 'The store is locked: log in with your PIN first.',
  'errors.wrong_passphrase': 'That secret does not open this data folder. Nothing was changed.',
  'errors.precinct_closed':
    'The precinct is closed: this laptop is open for review only, nothing can be changed.',
  'errors.precinct_not_exported':
    'Export the final sync file before closing the precinct: some events have not gone out.',
  'atRest.close.title': 'Close the precinct',
  'atRest.close.intro':
    'After the final export, closing destroys every member’s PIN key on this laptop. Only the chair’s recovery code and the central commission can open it again, and only to review it.',
  'atRest.close.confirm': 'Close the precinct for good',
  'atRest.close.done':
    'The precinct is closed. This laptop now opens read-only, with the recovery code.',
  'atRest.closed.title': 'The precinct is closed',
  'atRest.closed.intro': 'Enter the chair’s recovery code to open the records for review.',
  'atRest.closed.open': 'Open for review',
  'atRest.closed.code': 'Recovery code',
  'audit.type.sync.precinct_closed': 'Precinct closed',
  'atRest.audit.closed': 'closed after its final export (events up to #{seq})',
  'atRest.handoverCode': 'Handover code (from the handover act)',
  'atRest.handoverCodeHint':
    'This laptop loaded its package before: type the handover code again to open its store.',
} as const;
