/** Counting messages of supervisor mode's package check and of the screens that once avoided a plural (see ../plural.ts). */
export const dayToolPluralEn = {
  'packages.rowsRead': { one: '{count} row', other: '{count} rows' },
  'packages.errorRows': { one: '{count} row with errors', other: '{count} rows with errors' },
  'packages.errorsInAll': { one: '{count} error in all', other: '{count} errors in all' },
  'infolog.presentNow': {
    one: '{count} observer present now',
    other: '{count} observers present now',
  },
  'infolog.overdueNow': {
    one: '{count} complaint is overdue. Answer it first.',
    other: '{count} complaints are overdue. Answer them first.',
  },
  'voters.find.count': { one: '{count} voter found.', other: '{count} voters found.' },
  'accommodations.picker.count': { one: '{count} voter found.', other: '{count} voters found.' },
  'voters.import.importing': {
    one: 'Importing {count} voter…',
    other: 'Importing {count} voters…',
  },
  'voters.import.importButton': {
    one: 'Import {count} valid row',
    other: 'Import {count} valid rows',
  },
  'voters.import.confirmTitle': {
    one: 'Import {count} valid row into the list?',
    other: 'Import {count} valid rows into the list?',
  },
  'voters.import.confirm': { one: 'Import {count} row', other: 'Import {count} rows' },
  'voters.report.importedOn': {
    one: '{count} voter imported, {at}.',
    other: '{count} voters imported, {at}.',
  },
  'login.idleLocked': {
    one: 'Locked after {count} minute without input. Log in again to continue.',
    other: 'Locked after {count} minutes without input. Log in again to continue.',
  },
  'settings.autoLockReadOnly': {
    one: 'The app locks itself after {count} minute without input.',
    other: 'The app locks itself after {count} minutes without input.',
  },
  'sync.status.accepted': {
    one: 'Accepted: {count} new event',
    other: 'Accepted: {count} new events',
  },
  'package.votersImported': { one: '{count} voter imported', other: '{count} voters imported' },
  'protocol.home.reportsDue': {
    one: '{count} turnout report is due and not marked sent',
    other: '{count} turnout reports are due and not marked sent',
  },
  'supervisor.slots.reused': { one: 'Used by {count} device', other: 'Used by {count} devices' },
  'accommodations.gap': {
    one: '{kind}: {count} open request, and none of this is available: {equipment}.',
    other: '{kind}: {count} open requests, and none of this is available: {equipment}.',
  },
  'audit.summary.protocol.ballotSet': {
    one: 'Ballot of {count} question from the package',
    other: 'Ballot of {count} questions from the package',
  },
  'infolog.days': { one: '{count} day', other: '{count} days' },
  'supervisor.summary.precincts': { one: '{count} precinct', other: '{count} precincts' },
  'supervisor.summary.devices': { one: '{count} device', other: '{count} devices' },
  'supervisor.summary.openAlarms': { one: '{count} open alarm', other: '{count} open alarms' },
  'supervisor.summary.heldFiles': {
    one: '{count} file held for a gap',
    other: '{count} files held for a gap',
  },
} satisfies Record<string, { one: string; other: string }>;
