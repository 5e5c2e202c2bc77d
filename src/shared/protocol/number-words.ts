/**
 * Whole numbers in words, Kazakh and Russian, 0 to 10 000 000, as a protocol writes its
 * figures beside the digits. No number-to-words library is among the project's dependencies
 * and none covering Kazakh is well kept, so these two short rules are written here and
 * tested (docs/protocol.md, "Figures in words"). Document style: "бір жүз", "бір мың" in
 * Kazakh; "одна тысяча", "один миллион" in Russian.
 */
export const MAX_IN_WORDS = 10_000_000;

const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

function kkBelowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  if (hundreds > 0) words.push(KK_UNITS[hundreds] as string, 'жүз');
  const tens = Math.floor((n % 100) / 10);
  if (tens > 0) words.push(KK_TENS[tens] as string);
  if (n % 10 > 0) words.push(KK_UNITS[n % 10] as string);
  return words;
}

function inRange(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_IN_WORDS) {
    throw new RangeError(`Not a whole number from 0 to ${MAX_IN_WORDS}: ${n}`);
  }
}

export function kazakhWords(n: number): string {
  inRange(n);
  if (n === 0) return 'нөл';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const words: string[] = [];
  if (millions > 0) words.push(...kkBelowThousand(millions), 'миллион');
  if (thousands > 0) words.push(...kkBelowThousand(thousands), 'мың');
  words.push(...kkBelowThousand(n % 1000));
  return words.join(' ');
}

const RU_UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

function ruBelowThousand(n: number, feminine: boolean): string[] {
  const words: string[] = [];
  if (n >= 100) words.push(RU_HUNDREDS[Math.floor(n / 100)] as string);
  const rest = n % 100;
  if (rest >= 10 && rest < 20) return [...words, RU_TEENS[rest - 10] as string];
  if (rest >= 20) words.push(RU_TENS[Math.floor(rest / 10)] as string);
  const unit = rest % 10;
  if (unit === 1 && feminine) words.push('одна');
  else if (unit === 2 && feminine) words.push('две');
  else if (unit > 0) words.push(RU_UNITS[unit] as string);
  return words;
}

/** The Russian form of a noun after `n`: one, few (2–4) or many. */
function ruForm(n: number, forms: [string, string, string]): string {
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return forms[0];
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms[1];
  return forms[2];
}

export function russianWords(n: number): string {
  inRange(n);
  if (n === 0) return 'ноль';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const words: string[] = [];
  if (millions > 0) {
    words.push(...ruBelowThousand(millions, false));
    words.push(ruForm(millions, ['миллион', 'миллиона', 'миллионов']));
  }
  if (thousands > 0) {
    words.push(...ruBelowThousand(thousands, true));
    words.push(ruForm(thousands, ['тысяча', 'тысячи', 'тысяч']));
  }
  words.push(...ruBelowThousand(n % 1000, false));
  return words.join(' ');
}

/** A number in words in the language a protocol is printed in. */
export function numberInWords(n: number, language: 'kk' | 'ru'): string {
  return language === 'kk' ? kazakhWords(n) : russianWords(n);
}
