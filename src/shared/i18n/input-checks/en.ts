/** Inputs stored as meant: text limits shown and refused, lost letters, legal choices required. */
export const inputChecksEn = {
  'errors.lost_letters_unconfirmed':
    'Names in this file may have lost letters ({count}). Nothing was imported: check the names, then choose to import on purpose or ask for the file saved as UTF-8 or .xlsx.',
  'field.count': '{length} of {max} characters',
  'field.tooLong':
    'Too long: {length} characters, at most {max}. Shorten it; nothing is cut, and nothing is saved until it fits.',
  'field.choose': 'Choose…',
  'field.chooseRequired': 'Choose one: nothing is chosen in advance.',
  'voters.import.lostTitle': 'Letters may have been lost in this file',
  'voters.import.lostExplain':
    '{count} names hold a “?” where a letter should be: the file was saved in an encoding without the Kazakh letters (Windows-1251, for example). Imported as it is, these names stay wrong in the list. Ask for the file saved as UTF-8 or .xlsx, or check the names below and go on.',
  'voters.import.lostAccept': 'We checked these names and import the file as it is',
  'voters.import.lostBlocked':
    'The import waits until the commission chooses to go on despite the lost letters.',
  'voters.import.confirmExplainWarnings':
    'Every row can be imported, but the check found {warnings} warnings: those rows are imported as they are. The import is recorded under your name.',
  'voters.import.confirmExplainRejectedWarnings':
    'Rows with errors ({rejected}) are not imported; rows with warnings ({warnings}) are imported as they are. Both stay in this report, which can be exported as CSV. The import is recorded under your name.',
} as const;
