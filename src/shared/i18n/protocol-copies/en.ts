/** Copies of the voting day's documents issued to observers, and the information log's entry of each. */
export const protocolCopiesEn = {
  'infolog.kind.copy_issued': 'Copy issued',
  'infolog.document.opening_act': 'the opening act',
  'infolog.document.protocol': 'the results protocol',
  'infolog.document.protocolVersion': 'the results protocol, version {version}',
  'infolog.summary.copyIssued': 'A copy of {document} issued to {name} ({organisation}).',
  'errors.document_not_found':
    'There is no such document to copy (not opened, or no such version).',
  'protocolCopies.heading': 'Copies issued to observers',
  'protocolCopies.none': 'No copy has been issued yet.',
  'protocolCopies.line': '{time}: {document} to {name} ({organisation})',
  'protocolCopies.issue': 'Issue a copy to an observer',
  'protocolCopies.title': 'Issue a copy to an observer',
  'protocolCopies.explain':
    'The copy is recorded in the information log, with the observer, the document and the time.',
  'protocolCopies.submit': 'Record the copy',
  'protocolCopies.observer': 'Observer or proxy (present now)',
  'protocolCopies.choose': 'Choose…',
  'protocolCopies.chooseObserver': 'Choose the observer who receives the copy.',
  'protocolCopies.noObservers':
    'No observer is present in the information log: record their visit there first.',
  'protocolCopies.document': 'Document',
};
