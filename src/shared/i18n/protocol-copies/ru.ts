import type { protocolCopiesEn } from './en';

/** Copies of the voting day's documents issued to observers, and the information log's entry of each. */
export const protocolCopiesRu: Record<keyof typeof protocolCopiesEn, string> = {
  'infolog.kind.copy_issued': 'Выдана копия',
  'infolog.document.opening_act': 'акта об открытии',
  'infolog.document.protocol': 'протокола об итогах голосования',
  'infolog.document.protocolVersion': 'протокола об итогах голосования, версия {version}',
  'infolog.summary.copyIssued': 'Копия {document} выдана: {name} ({organisation}).',
  'errors.document_not_found':
    'Такого документа нет (голосование не открыто или нет такой версии).',
  'protocolCopies.heading': 'Копии, выданные наблюдателям',
  'protocolCopies.none': 'Копии ещё не выдавались.',
  'protocolCopies.line': '{time}: копия {document} — {name} ({organisation})',
  'protocolCopies.issue': 'Выдать копию наблюдателю',
  'protocolCopies.title': 'Выдать копию наблюдателю',
  'protocolCopies.explain':
    'Выдача копии записывается в информационный журнал: наблюдатель, документ и время.',
  'protocolCopies.submit': 'Записать выдачу',
  'protocolCopies.observer': 'Наблюдатель или доверенное лицо (присутствует сейчас)',
  'protocolCopies.choose': 'Выберите…',
  'protocolCopies.chooseObserver': 'Выберите наблюдателя, которому выдана копия.',
  'protocolCopies.noObservers':
    'В информационном журнале нет присутствующих наблюдателей: сначала запишите их посещение.',
  'protocolCopies.document': 'Документ',
};
