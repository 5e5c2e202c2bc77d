/** Inputs stored as meant: text limits shown and refused, lost letters, legal choices required. */
export const inputChecksEn = {
  'errors.lost_letters_unconfirmed':
    'Letters may have been lost {names} of this file. Nothing was imported: check the names, then choose to import on purpose or ask for the file saved as UTF-8 or .xlsx.',
  'field.count': '{length} of {max} characters',
  'field.tooLong':
    'Too long: {length} characters, at most {max}. Shorten it; nothing is cut, and nothing is saved until it fits.',
  'field.choose': 'Choose…',
  'field.chooseRequired': 'Choose one: nothing is chosen in advance.',
  'voters.import.lostTitle': 'Letters may have been lost in this file',
  'voters.import.lostAccept': 'We checked these names and import the file as it is',
  'voters.import.lostBlocked':
    'The import waits until the commission chooses to go on despite the lost letters.',
  'voters.import.confirmExplainWarnings':
    'Every row can be imported, but the check found {warnings} warnings: those rows are imported as they are. The import is recorded under your name.',
  'voters.import.confirmExplainRejectedWarnings':
    'Rows with errors ({rejected}) are not imported; rows with warnings ({warnings}) are imported as they are. Both stay in this report, which can be exported as CSV. The import is recorded under your name.',
  'spec.problem.not_json':
    'the file is not JSON (a bracket, a comma or a quote is missing or extra)',
  'spec.problem.unknown_key':
    '“{key}” in “{field}” is not a field a specification has: check its spelling',
  'spec.problem.missing': '“{field}” is missing or empty',
  'spec.problem.wrong_type': '“{field}” holds the wrong kind of value (text, a number or a list)',
  'spec.problem.too_long': '“{field}” is longer than {max} characters',
  'spec.problem.too_short': '“{field}” has too few entries',
  'spec.problem.not_allowed': '“{field}” holds a value that is not one of those allowed',
  'spec.problem.invalid': '“{field}” is not valid',
  'spec.problem.one_chair': 'the members must include exactly one chair',
  'spec.problem.country_abroad': '“precinct.country” is given exactly when the precinct is abroad',
  'spec.problem.time_zone': '“precinct.time_zone” is not a known time zone (such as Asia/Almaty)',
  'spec.problem.hours_order':
    'the polls must open before they close (election.opens, election.closes)',
  'spec.problem.other_election': 'this precinct belongs to another election in the central store',
} as const;
