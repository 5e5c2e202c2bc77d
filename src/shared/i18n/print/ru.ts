import type { printEn } from './en';

/** Printed documents: the kit's own words (pages, signatures, stamp) and the language choice. */
export const printRu: Record<keyof typeof printEn, string> = {
  'print.pageOf': 'Страница {page} из {pages}',
  'print.signatureUnder': '(подпись)',
  'print.nameUnder': '(фамилия, инициалы)',
  'print.stampPlace': 'Место для печати',
  'print.dateLine': 'Дата: «____» ____________________ 20____ г.',
  'print.signaturesLabel': 'Подписи',
  'print.role.chair': 'Председатель комиссии',
  'print.role.secretary': 'Секретарь комиссии',
  'print.role.member': 'Член комиссии',
  'print.languageTitle': 'Печать или сохранение в PDF',
  'print.languageExplain':
    'Выберите язык документа. Он печатается на этом языке, на каком бы языке ни был экран.',
  'print.languageLegend': 'Язык документа',
  'print.languageSubmit': 'Сохранить в PDF…',
};
