/**
 * Counting messages that once read "Label: {count}", put the count in parentheses or cut a
 * word short ("5 min.") to avoid a plural; each now has its forms (see ../plural.ts).
 */
export const countsPluralEn = {
  'settings.autoLockSaved': {
    one: 'Saved: the app locks after {count} minute without input.',
    other: 'Saved: the app locks after {count} minutes without input.',
  },
  'audit.summary.autoLockMinutes': {
    one: 'Auto-lock after {count} minute',
    other: 'Auto-lock after {count} minutes',
  },
  'centralAccounts.idleLocked': {
    one: 'Locked after {count} minute without input.',
    other: 'Locked after {count} minutes without input.',
  },
  'infolog.rule.standard': { one: '{count} day', other: '{count} days' },
  'infolog.rule.voter_list': {
    one: 'voter list, {count} day',
    other: 'voter list, {count} days',
  },
  'voters.find.countAll': {
    one: '{count} voter on the list, in alphabetical order.',
    other: '{count} voters on the list, in alphabetical order.',
  },
  'voters.requests.pendingCaption': {
    one: '{count} request waiting for a decision',
    other: '{count} requests waiting for a decision',
  },
  'voters.requests.decidedCaption': {
    one: '{count} request decided',
    other: '{count} requests decided',
  },
  'infolog.observersCaption': { one: '{count} observer', other: '{count} observers' },
  'infolog.complaintsCaption': {
    one: '{count} complaint or appeal',
    other: '{count} complaints and appeals',
  },
  'infolog.logCaption': {
    one: '{count} entry, page {page} of {pages}',
    other: '{count} entries, page {page} of {pages}',
  },
  'accommodations.registerCaption': {
    one: '{count} request in all, page {page} of {pages}',
    other: '{count} requests in all, page {page} of {pages}',
  },
  'voters.report.issuesCaption': {
    one: '{count} problem, page {page} of {pages}',
    other: '{count} problems, page {page} of {pages}',
  },
  'supervisorLog.caption': {
    one: '{count} entry, page {page} of {pages}',
    other: '{count} entries, page {page} of {pages}',
  },
  'sync.pending': {
    one: '{pending} of this laptop’s {count} event is not exported yet.',
    other: '{pending} of this laptop’s {count} events are not exported yet.',
  },
  'supervisor.alarmDetail.double_ballot': {
    one: '{count} ballot in force',
    other: '{count} ballots in force',
  },
  'supervisor.alarmDetail.two_lists': {
    one: 'on the list of {count} precinct',
    other: 'on the lists of {count} precincts',
  },
  'supervisor.alarmDetail.slot_reused': {
    one: 'laptop slot {slot} certified {count} device: {devices}',
    other: 'laptop slot {slot} certified {count} devices: {devices}',
  },
  'results.alarmDetail.versions': {
    one: '{count} version signed',
    other: '{count} versions signed',
  },
  'voters.import.lostNames': { one: 'in {count} name', other: 'in {count} names' },
  'voters.import.lostExplain': {
    one: '{count} name holds a “?” where a letter should be: the file was saved in an encoding without the Kazakh letters (Windows-1251, for example). Imported as it is, this name stays wrong in the list. Ask for the file saved as UTF-8 or .xlsx, or check the name below and go on.',
    other:
      '{count} names hold a “?” where a letter should be: the file was saved in an encoding without the Kazakh letters (Windows-1251, for example). Imported as it is, these names stay wrong in the list. Ask for the file saved as UTF-8 or .xlsx, or check the names below and go on.',
  },
  'audit.summary.protocol.membersPresent': {
    one: '{count} member present',
    other: '{count} members present',
  },
  'audit.summary.protocol.ballotsReceived': {
    one: '{count} ballot received',
    other: '{count} ballots received',
  },
  'audit.summary.protocol.moved': {
    one: '{count} ballot: {from} → {to}',
    other: '{count} ballots: {from} → {to}',
  },
  'audit.summary.protocol.reportSent': {
    one: 'Report of {hour}: {count} voter',
    other: 'Report of {hour}: {count} voters',
  },
  'accommodations.trip.ballotsTaken': {
    one: '{count} ballot taken.',
    other: '{count} ballots taken.',
  },
  'accommodations.trip.issuedSoFar': {
    one: '{count} ballot issued at home so far.',
    other: '{count} ballots issued at home so far.',
  },
  'accommodations.trip.discrepancy': {
    one: 'A difference of {count} ballot. Explanation: {note}',
    other: 'A difference of {count} ballots. Explanation: {note}',
  },
  'accommodations.notReadyCount': {
    one: '{count} item not available or not checked yet.',
    other: '{count} items not available or not checked yet.',
  },
  'accommodations.summary.ballots': {
    one: '{count} ballot issued at home (counted in turnout as a portable-box ballot)',
    other: '{count} ballots issued at home (counted in turnout as portable-box ballots)',
  },
  'protocol.stock': {
    one: '{count} ballot in the commission’s stock',
    other: '{count} ballots in the commission’s stock',
  },
  'keyBackup.length': {
    one: '{count} character typed (at least 12 needed).',
    other: '{count} characters typed (at least 12 needed).',
  },
  'voters.import.done': {
    one: 'Imported {count} voter from {file}. {rejected}',
    other: 'Imported {count} voters from {file}. {rejected}',
  },
  'voters.import.rowsLeftOut': {
    one: '{count} row left out because of errors.',
    other: '{count} rows left out because of errors.',
  },
  'supervisorLog.ok': {
    one: 'Log verified: {count} entry, not changed.',
    other: 'Log verified: {count} entries, none changed.',
  },
  'audit.caption': {
    one: '{count} event in all, page {page} of {pages}',
    other: '{count} events in all, page {page} of {pages}',
  },
  'accommodations.picker.countMore': {
    one: '{count} voter found; the first {shown} are shown.',
    other: '{count} voters found; the first {shown} are shown.',
  },
  'audit.summary.voter.sections': {
    one: '{count} section: {names}',
    other: '{count} sections: {names}',
  },
  'sync.exportDone': {
    one: 'Exported {count} event (#{first}–#{last}) to {file}; the file was read back and verified.',
    other:
      'Exported {count} events (#{first}–#{last}) to {file}; the file was read back and verified.',
  },
  'supervisor.import.leftOut': {
    one: '{count} file left out, not read, as it is not a sync file (.pdsync): {names}.',
    other: '{count} files left out, not read, as they are not sync files (.pdsync): {names}.',
  },
  'results.summary': {
    one: '{withProtocol} of {count} precinct has a signed protocol.',
    other: '{withProtocol} of {count} precincts have a signed protocol.',
  },
};
