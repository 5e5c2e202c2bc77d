import type { printEn } from './en';

/** Printed documents: the kit's own words (pages, signatures, stamp) and the language choice. */
export const printKk: Record<keyof typeof printEn, string> = {
  'print.pageOf': '{page}-бет, барлығы {pages}',
  'print.signatureUnder': '(қолы)',
  'print.nameUnder': '(тегі, аты-жөні)',
  'print.stampPlace': 'Мөр орны',
  'print.dateLine': 'Күні: 20____ ж. «____» ____________________',
  'print.signaturesLabel': 'Қолдар',
  'print.role.chair': 'Комиссия төрағасы',
  'print.role.secretary': 'Комиссия хатшысы',
  'print.role.member': 'Комиссия мүшесі',
  'print.languageTitle': 'Басып шығару немесе PDF етіп сақтау',
  'print.languageExplain':
    'Құжаттың тілін таңдаңыз. Экран қай тілде болса да, құжат осы тілде басылады.',
  'print.languageLegend': 'Құжаттың тілі',
  'print.languageSubmit': 'PDF етіп сақтау…',
};
