import type { protocolCopiesEn } from './en';

/** Copies of the voting day's documents issued to observers, and the information log's entry of each. */
export const protocolCopiesKk: Record<keyof typeof protocolCopiesEn, string> = {
  'infolog.kind.copy_issued': 'Көшірме берілді',
  'infolog.document.opening_act': 'ашу актісінің',
  'infolog.document.protocol': 'дауыс беру қорытындылары туралы хаттаманың',
  'infolog.document.protocolVersion':
    'дауыс беру қорытындылары туралы хаттаманың ({version}-нұсқа)',
  'infolog.summary.copyIssued': 'Берілді: {document} көшірмесі — {name} ({organisation}).',
  'errors.document_not_found': 'Мұндай құжат жоқ (дауыс беру ашылмаған немесе мұндай нұсқа жоқ).',
  'protocolCopies.heading': 'Байқаушыларға берілген көшірмелер',
  'protocolCopies.none': 'Әзірге көшірме берілген жоқ.',
  'protocolCopies.line': '{time}: {document} көшірмесі — {name} ({organisation})',
  'protocolCopies.issue': 'Байқаушыға көшірме беру',
  'protocolCopies.title': 'Байқаушыға көшірме беру',
  'protocolCopies.explain':
    'Көшірме берілгені ақпараттық журналға жазылады: байқаушы, құжат және уақыт.',
  'protocolCopies.submit': 'Көшірмені жазу',
  'protocolCopies.observer': 'Байқаушы немесе сенім білдірілген адам (қазір қатысып отыр)',
  'protocolCopies.choose': 'Таңдаңыз…',
  'protocolCopies.chooseObserver': 'Көшірме берілген байқаушыны таңдаңыз.',
  'protocolCopies.noObservers':
    'Ақпараттық журналда қатысып отырған байқаушы жоқ: алдымен олардың келуін жазыңыз.',
  'protocolCopies.document': 'Құжат',
};
