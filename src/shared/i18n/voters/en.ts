/** English messages of the voter list (part of the reference set; see ../en.ts). */
export const votersEn = {
  'errors.list_empty': 'The file is empty: there is no voter list in it.',
  'errors.list_binary': 'This is not a voter list: the file is not text or an Excel workbook.',
  'errors.list_encoding':
    'The file’s text encoding cannot be read. Save it as CSV in UTF-8 or Windows-1251, or as .xlsx.',
  'errors.list_no_header':
    'The first row has no recognisable column names (IIN, surname, name, birth date, address).',
  'errors.list_missing_column': 'Required columns are missing: {columns}.',
  'errors.list_unreadable': 'The file could not be read.',
  'errors.list_file_too_large':
    'The workbook would unpack to far more than a voter list holds (over 512 MiB, 2,000,000 rows or a suspicious packing). It was refused before being read; nothing was written.',
  'errors.list_check_failed':
    'The check of the list stopped before its end (the computer ran short of memory or the check failed). Nothing was written; close other programs and try again.',
  'errors.report_not_found': 'This check report was not found.',
  'errors.report_stale':
    'The file or the list has changed since it was checked. Check the file again before importing.',
  'errors.report_imported': 'This file has been imported already.',
  'errors.voter_not_found': 'No voter with this IIN is on this precinct’s list.',
  'errors.voter_exists': 'A voter with this IIN is on the list already.',
  'errors.voter_removed': 'This voter has been removed from the list.',
  'errors.voter_iin_invalid': 'This is not a valid IIN: 12 digits with a correct check digit.',
  'errors.voter_birth_date_invalid': 'This is not a valid birth date.',
  'errors.voter_iin_birth_date_mismatch': 'The IIN does not match the birth date.',
  'errors.voter_under_age': 'The voter is younger than 18 on voting day ({votingDay}).',
  'errors.value_unchanged': 'The new value is the same as the listed one.',
  'errors.value_required': 'This field cannot be empty.',
  'errors.basis_details_required':
    'This basis needs its document: a certificate number and issuing precinct, or a document reference.',
  'errors.removal_pending': 'A removal of this voter is already waiting for a decision.',
  'errors.request_not_found': 'This request was not found.',
  'errors.request_decided': 'This request has already been decided.',
  'errors.reason_required': 'Give the reason.',
  'errors.absentee_closed':
    'Absentee certificates are no longer accepted: the deadline was 18:00 on the day before voting.',
  'errors.absentee_exists': 'An absentee certificate is already recorded for this voter.',
  'errors.ballot_already_issued': 'A ballot was already issued to this voter: {at} by {by}.',
  'errors.ballot_home_voting':
    'This voter asked to vote at home: the ballot is taken to them with the portable box.',
  'errors.ballot_absentee':
    'This voter took absentee certificate No. {number} and votes elsewhere.',
  'errors.ballot_voter_removed': 'This voter has been removed from the list.',
  'errors.ballot_outside_hours':
    'Ballots are issued only on voting day ({votingDay}) from {opens} to {closes}.',
  'errors.ballot_other_desk': 'This voter’s section ({section}) is issued at {desk}.',
  'errors.ballot_no_section':
    'This voter falls in no section of the list. The chair must assign one first.',
  'errors.ballot_helper_member':
    'A member of the commission cannot be the voter’s helper. Ask someone else to help.',
  'errors.ballot_not_found': 'This ballot was not found.',
  'errors.ballot_already_undone': 'This ballot has already been undone.',
  'errors.section_invalid':
    'Section “{section}”: a letter range must run from a letter to a later one.',

  'audit.type.voters.imported': 'Voter list imported',
  'audit.type.voter.added': 'Voter added',
  'audit.type.voter.corrected': 'Voter data corrected',
  'audit.type.voter.removal_requested': 'Removal requested',
  'audit.type.voter.removal_decided': 'Removal decided',
  'audit.type.voter.absentee_certificate_issued': 'Absentee certificate recorded',
  'audit.type.voter.inquiry_answered': 'Citizen inquiry answered',
  'audit.type.voters.sections_set': 'List sections set',
  'audit.type.ballot.issued': 'Ballot issued',
  'audit.type.ballot.undone': 'Ballot undone',

  'voters.field.iin': 'IIN',
  'voters.field.last_name': 'Surname',
  'voters.field.first_name': 'Name',
  'voters.field.patronymic': 'Patronymic',
  'voters.field.birth_date': 'Birth date',
  'voters.field.address': 'Address',
  'voters.field.precinct': 'Precinct',

  'voters.issue.missing_field': 'Required field is empty',
  'voters.issue.column_count': 'The row has {actual} cells, the header {expected}',
  'voters.issue.iin_format': 'The IIN is not 12 digits',
  'voters.issue.iin_checksum': 'The IIN’s check digit is wrong',
  'voters.issue.birth_date_invalid': 'The birth date is not a valid date',
  'voters.issue.iin_birth_date_mismatch': 'The IIN does not match the birth date',
  'voters.issue.under_age': 'Younger than 18 on voting day',
  'voters.issue.duplicate_iin': 'The IIN appears again (first on row {firstRow})',
  'voters.issue.possible_duplicate': 'Same name and birth date as another voter',
  'voters.issue.iin_leading_zero': 'The IIN’s leading zero was restored',
  'voters.issue.lossy_encoding': 'A “?” in the name: letters may have been lost in the file',

  'voters.severity.error': 'Error',
  'voters.severity.warning': 'Warning',
  'voters.csv.row': 'Row',
  'voters.csv.severity': 'Severity',
  'voters.csv.code': 'Code',
  'voters.csv.field': 'Field',
  'voters.csv.message': 'Problem',

  // ---- the voter list screen ----------------------------------------------------------------
  'voters.nav.label': 'Voter list',
  'voters.nav.find': 'Find a voter',
  'voters.nav.import': 'Import and check',
  'voters.nav.corrections': 'Corrections',
  'voters.nav.inquiry': 'Citizen inquiry',
  'voters.nav.sections': 'Sections and desks',
  'voters.nav.turnout': 'Turnout',

  'voters.reason': 'Reason',
  'voters.documentRef': 'Document reference',
  'voters.documentRefHint': 'Number and date of the document the change rests on, if there is one.',

  'voters.status.label': 'Status',
  'voters.status.listed': 'Listed',
  'voters.status.removed': 'Removed',
  'voters.status.removalPending': 'Removal pending',
  'voters.status.absentee': 'Absentee certificate',
  'voters.status.homeVoting': 'Home voting requested',
  'voters.status.ballotIssued': 'Ballot issued',

  'voters.place.station': 'At the polling station',
  'voters.place.portable_box': 'With the portable box',
  'voters.removalBasis.deceased': 'Deceased',
  'voters.removalBasis.registered_elsewhere': 'Registered elsewhere',
  'voters.removalBasis.absentee_certificate': 'Took an absentee certificate to vote elsewhere',
  'voters.removalBasis.other': 'Other',

  'voters.issueTitle.missing_field': 'Required field empty',
  'voters.issueTitle.column_count': 'Wrong number of cells',
  'voters.issueTitle.iin_format': 'IIN not 12 digits',
  'voters.issueTitle.iin_checksum': 'Wrong IIN check digit',
  'voters.issueTitle.birth_date_invalid': 'Invalid birth date',
  'voters.issueTitle.iin_birth_date_mismatch': 'IIN and birth date disagree',
  'voters.issueTitle.under_age': 'Under 18 on voting day',
  'voters.issueTitle.duplicate_iin': 'IIN repeated',
  'voters.issueTitle.possible_duplicate': 'Possible duplicate',
  'voters.issueTitle.iin_leading_zero': 'Leading zero of the IIN restored',
  'voters.issueTitle.lossy_encoding': 'Letters possibly lost',

  'voters.find.title': 'Find a voter',
  'voters.find.label': 'Search the list',
  'voters.find.hint':
    'IIN (whole or its first digits), name in any order and any script, birth date (DD.MM.YYYY) or part of the address; they can be combined. The arrow keys move through the results, Enter opens the voter’s card, Escape clears the search.',
  'voters.find.results': 'Voters found',
  'voters.find.countCapped':
    'Showing {shown} of more than {total} matches. Add to the search to narrow it down.',
  'voters.find.countTruncated':
    'Showing {shown} of {total} matches. Add to the search to narrow it down.',
  'voters.find.none': 'No voter on the list matches this search.',
  'voters.find.listEmpty': 'The list is empty. Import the voter list first.',
  'voters.find.born': 'born {date}',
  'voters.find.iin': 'IIN {iin}',

  'voters.card.title': 'Voter card',
  'voters.card.data': 'Entry in the list',
  'voters.card.ballot': 'Ballot',
  'voters.card.noBallot': 'No ballot has been issued to this voter.',
  'voters.card.issuedAt': 'Issued',
  'voters.card.issuedBy': 'Issued by',
  'voters.card.place': 'Where',
  'voters.card.helper': 'Helper',
  'voters.card.section': 'Section and desk',
  'voters.card.noSections':
    'The list is not split into sections: any laptop of the precinct issues ballots.',
  'voters.card.laptop': 'Laptop',
  'voters.card.thisLaptop': 'This laptop',
  'voters.card.otherLaptop': 'Another laptop',
  'voters.card.absentee': 'Absentee certificate',
  'voters.card.recordedBy': 'Recorded by',
  'voters.card.removal': 'Removal from the list',
  'voters.card.changes': 'Changes to the entry',
  'voters.card.history': 'History',
  'voters.card.close': 'Close the card',

  'voters.ballot.open': 'Issue ballot',
  'voters.ballot.title': 'Issue a ballot to {name}',
  'voters.ballot.explain':
    'Compare the ID document with the list. The voter signs the list; the ballot is recorded under your name.',
  'voters.ballot.compare': 'To compare with the ID document',
  'voters.ballot.documentChecked': 'The voter’s ID document was shown and matches the list',
  'voters.ballot.documentRequired':
    'A ballot is issued only against an ID document. Confirm that it was shown.',
  'voters.ballot.helper': 'Helper’s name (optional)',
  'voters.ballot.helperHint':
    'Only if the voter cannot fill in the ballot alone. The helper may not be a commission member, an official, a candidate’s proxy or a journalist.',
  'voters.ballot.submit': 'Issue the ballot',
  'voters.ballot.issued': 'Ballot issued to {name}: {at}, by {by}.',

  'voters.undo.open': 'Undo ballot',
  'voters.undo.title': 'Undo the ballot of {name}',
  'voters.undo.explain':
    'The ballot issued {at} by {by} is undone and the voter may receive a ballot again. The undo is recorded with your reason.',
  'voters.undo.submit': 'Undo the ballot',
  'voters.undo.done': 'The ballot of {name} was undone.',

  'voters.correct.open': 'Correct data',
  'voters.correct.title': 'Correct the entry of {name}',
  'voters.correct.explain':
    'One field at a time. The old value stays in the history, with your reason.',
  'voters.correct.field': 'Field to correct',
  'voters.correct.current': 'Listed now: {value}',
  'voters.correct.newValue': 'New value',
  'voters.correct.patronymicHint': 'Leave it empty if the voter has no patronymic.',
  'voters.correct.submit': 'Save the correction',
  'voters.correct.done': 'The correction was recorded.',

  'voters.removal.open': 'Request removal',
  'voters.removal.title': 'Request the removal of {name}',
  'voters.removal.explain':
    'The voter stays on the list until the chair or the deputy chair approves the removal.',
  'voters.removal.chooseBasis': 'Choose the basis',
  'voters.removal.basis': 'Basis',
  'voters.removal.submit': 'Request the removal',
  'voters.removal.done':
    'The removal of {name} was requested. It takes effect when the chair or the deputy chair approves it.',

  'voters.absentee.open': 'Record absentee certificate',
  'voters.absentee.title': 'Absentee certificate of {name}',
  'voters.absentee.explain':
    'Accepted until 18:00 precinct time on the day before voting. The voter then receives no ballot at this precinct.',
  'voters.absentee.number': 'Certificate number',
  'voters.absentee.issuedOn': 'Date of issue',
  'voters.absentee.dateInvalid': 'The date of issue cannot be later than today.',
  'voters.absentee.submit': 'Record the certificate',
  'voters.absentee.done': 'The absentee certificate of {name} was recorded.',

  'voters.corrections.title': 'Corrections to the list',
  'voters.corrections.intro':
    'Every change needs a reason and is recorded under your name. To correct or remove a listed voter, open the voter’s card from Find a voter.',

  'voters.history.imported': 'Listed from the file {file}',
  'voters.history.certificate': 'certificate No. {number} from precinct {precinct}',
  'voters.history.document': 'document: {ref}',
  'voters.history.corrected': '{field}: “{old}” → “{new}”',
  'voters.history.approved': 'Removal approved',
  'voters.history.refused': 'Removal refused: {reason}',
  'voters.history.absentee': 'Certificate No. {number} of {date}',
  'voters.history.helper': 'helper: {name}',

  'audit.summary.voter.imported': '{file}: {imported} voters imported, {rejected} rows rejected',
  'audit.summary.voter.fromCli': 'from the command line',
  'audit.summary.voter.added': '{voter}; basis: {basis}; {reason}',
  'audit.summary.voter.corrected': '{voter}: {field} corrected; {reason}',
  'audit.summary.voter.removalRequested': '{voter}: {basis}; {reason}',
  'audit.summary.voter.removalApproved': '{voter}: removal approved',
  'audit.summary.voter.removalRefused': '{voter}: removal refused; {reason}',
  'audit.summary.voter.absentee': '{voter}: certificate No. {number} of {date}',
  'audit.summary.voter.inquiryIinFound': 'By IIN: on the list',
  'audit.summary.voter.inquiryIinNotFound': 'By IIN: not on the list',
  'audit.summary.voter.inquiryNameFound': 'By name and birth date: on the list',
  'audit.summary.voter.inquiryNameNotFound': 'By name and birth date: not on the list',
  'audit.summary.voter.noSections': 'No sections: every laptop issues ballots',
  'audit.summary.voter.ballotStation': '{voter}, at the polling station',
  'audit.summary.voter.ballotPortable': '{voter}, with the portable box',
  'audit.summary.voter.withHelper': 'with a helper',
  'audit.summary.voter.ballotUndone': '{voter}: {reason}',
} as const;

export type VoterMessageKey = keyof typeof votersEn;
