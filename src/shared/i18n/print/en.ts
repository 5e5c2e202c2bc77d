/** Printed documents: the kit's own words (pages, signatures, stamp) and the language choice. */
export const printEn = {
  'print.pageOf': 'Page {page} of {pages}',
  'print.signatureUnder': '(signature)',
  'print.nameUnder': '(full name)',
  'print.stampPlace': 'Place for the stamp',
  'print.dateLine': 'Date: «____» ____________________ 20____',
  'print.signaturesLabel': 'Signatures',
  'print.role.chair': 'Chair of the commission',
  'print.role.secretary': 'Secretary of the commission',
  'print.role.member': 'Member of the commission',
  'print.languageTitle': 'Print or save as PDF',
  'print.languageExplain':
    'Choose the language of the document. It is printed in that language, whatever language the screen shows.',
  'print.languageLegend': 'Language of the document',
  'print.languageSubmit': 'Save as PDF…',
} as const;
