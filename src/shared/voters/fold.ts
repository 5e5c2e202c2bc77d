/**
 * One search key for every spelling of a name (docs/domain.md, "Searching names"): Kazakh and
 * Russian Cyrillic, Kazakh Latin (2021) and passport Latin all fold to plain Russian-style
 * Cyrillic, so Жанболат, Zhanbolat and Janbolat share the key "жанболат" and Жанбулат is one
 * edit away. Pure: the renderer folds search queries with the same code.
 *
 * Folding runs on three names of every row of a million-row import, so it is one pass over the
 * text with a precomputed table per UTF-16 code unit and a small look-ahead for the Latin
 * digraphs; no regular expression runs per character.
 */

/** Letters folded one to one (or one to several / none) before anything else. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  // Kazakh Latin (2021 alphabet).
  ä: 'а',
  ğ: 'г',
  ñ: 'н',
  ö: 'о',
  ş: 'ш',
  ū: 'у',
  ü: 'у',
  ı: 'и', // ı is ы in Kazakh, and ы folds to и
  i: 'и',
  q: 'к',
  j: 'ж',
  ç: 'ч',
  // Passport Latin, single letters (the digraphs are handled in the loop).
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'у',
  x: 'кс',
  y: 'и',
  z: 'з',
  // Kazakh Cyrillic to its Russian renderings.
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  // Russian letters spelt differently across documents.
  ё: 'е',
  й: 'и',
  ы: 'и',
  э: 'е',
  щ: 'ш',
  ъ: '',
  ь: '',
  ю: 'иу', // so Latin yu / iu meet it
  я: 'иа', // so Latin ya / ia meet it
};

/** Not a token character: splits tokens. */
const SEPARATOR = null;
type Folded = string | typeof SEPARATOR;

/** Code units below this are looked up in arrays; the rest go through a lazy cache. */
const TABLE_SIZE = 0x0530;
const COMBINING_FIRST = 0x0300;
const COMBINING_LAST = 0x036f;

const LETTER = /^\p{L}$/u;

/** Folds one character not in LETTER_MAP: lower-cased, a letter loses its marks (NFD). */
function foldOther(char: string): Folded {
  let out = '';
  for (const lower of char.toLowerCase()) {
    const mapped = LETTER_MAP[lower];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = lower.charCodeAt(0);
    if (code >= COMBINING_FIRST && code <= COMBINING_LAST) continue; // marks never split a word
    if (!LETTER.test(lower)) return SEPARATOR;
    for (const part of lower.normalize('NFD')) {
      const partCode = part.charCodeAt(0);
      if (partCode >= COMBINING_FIRST && partCode <= COMBINING_LAST) continue;
      out += LETTER_MAP[part] ?? part;
    }
  }
  return out;
}

// How each code unit folds. Most lower-case Cyrillic letters stay as they are: a text made only
// of them is returned as it is; any other text is written code by code into a reused buffer.
const SEPARATOR_KIND = 0;
const SAME_KIND = 1;
const REPLACE_KIND = 2;

/** Each code unit's folded form (SEPARATOR when it splits tokens). */
const FOLDED: Folded[] = Array.from({ length: TABLE_SIZE }, (_, code) => {
  const char = String.fromCharCode(code);
  return LETTER_MAP[char] ?? foldOther(char);
});

/** What besides letters belongs to tokens: one kind table per choice. */
interface Keep {
  digits: boolean;
  questionMark: boolean;
}

function kindTable(keep: Keep): Uint8Array {
  const kinds = new Uint8Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    const folded = FOLDED[code];
    if (code >= 0x30 && code <= 0x39) kinds[code] = keep.digits ? SAME_KIND : SEPARATOR_KIND;
    else if (char === '?') kinds[code] = keep.questionMark ? SAME_KIND : SEPARATOR_KIND;
    else if (folded === SEPARATOR) kinds[code] = SEPARATOR_KIND;
    // ж goes through the buffer so that дж → ж can look back.
    else if (folded === char && char !== 'ж') kinds[code] = SAME_KIND;
    else kinds[code] = REPLACE_KIND;
  }
  return kinds;
}

const NAME_KINDS = kindTable({ digits: false, questionMark: false });
/** Digits are token characters too (addresses: "Абая 12"). */
const TEXT_KINDS = kindTable({ digits: true, questionMark: false });
/** '?' is kept as a one-letter wildcard (text that went through a code page without it). */
const WILDCARD_KINDS = kindTable({ digits: false, questionMark: true });

const OTHER = new Map<number, Folded>();

function foldBeyondTable(code: number): Folded {
  let folded = OTHER.get(code);
  if (folded === undefined) {
    folded = foldOther(String.fromCharCode(code));
    OTHER.set(code, folded);
  }
  return folded;
}

const CODE_QUESTION = 0x3f;
const CODE_C = 0x63;
const CODE_H = 0x68;
const CODE_K = 0x6b;
const CODE_S = 0x73;
const CODE_T = 0x74;
const CODE_Z = 0x7a;
const CODE_CYRILLIC_DE = 0x0434;
const CODE_CYRILLIC_ZHE = 0x0436;

/** Output code units, reused (folding is synchronous). */
const codes: number[] = [];

/** Sixteen codes from `at` as a string (a fixed-arity call is the fastest way here). */
function sixteen(c: number[], at: number): string {
  return String.fromCharCode(
    c[at]!,
    c[at + 1]!,
    c[at + 2]!,
    c[at + 3]!,
    c[at + 4]!,
    c[at + 5]!,
    c[at + 6]!,
    c[at + 7]!,
    c[at + 8]!,
    c[at + 9]!,
    c[at + 10]!,
    c[at + 11]!,
    c[at + 12]!,
    c[at + 13]!,
    c[at + 14]!,
    c[at + 15]!,
  );
}

function codesToString(length: number): string {
  const padded = (length + 15) & ~15;
  for (let k = length; k < padded; k++) codes[k] = 0x20;
  if (padded === 16) return sixteen(codes, 0).slice(0, length);
  let out = '';
  for (let at = 0; at < padded; at += 16) out += sixteen(codes, at);
  return out.slice(0, length);
}

/** Folds `text` to tokens joined by one space; restarts once on NFC when it meets a mark. */
function fold(text: string, kinds: Uint8Array): string {
  const length = foldPass(text, kinds, false);
  if (length === SAME_TEXT) return text;
  if (length !== NEEDS_NFC) return codesToString(length);
  const composed = text.normalize('NFC');
  const composedLength = foldPass(composed, kinds, true);
  return composedLength === SAME_TEXT ? composed : codesToString(composedLength);
}

/** ASCII upper-case letters to lower case (for the digraph look-ahead). */
function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

const SAME_TEXT = -1;
const NEEDS_NFC = -2;

/**
 * One pass over the text, writing the folded code units to `codes` and returning their count:
 * SAME_TEXT when the text folds to itself (no new string then), NEEDS_NFC when a combining
 * mark shows up before NFC (the caller composes the text and folds again, so s + U+0327 folds
 * like ş). Case is folded by the table: String.prototype.toLowerCase is locale-independent but
 * slow on Cyrillic, and the table holds its result anyway (İ → i + U+0307 → и).
 */
function foldPass(text: string, kinds: Uint8Array, normalised: boolean): number {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_SIZE || kinds[code] !== SAME_KIND) break;
    i++;
  }
  if (i === length) return SAME_TEXT;
  const c = codes;
  let n = 0;
  for (; n < i; n++) c[n] = text.charCodeAt(n);
  let space = false; // a separator came after some output
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < TABLE_SIZE ? (kinds[code] as number) : REPLACE_KIND;
    if (kind === SAME_KIND) {
      if (space) {
        c[n++] = 0x20;
        space = false;
      }
      c[n++] = code;
      continue;
    }
    if (kind === SEPARATOR_KIND) {
      if (n > 0) space = true;
      continue;
    }
    let folded: Folded;
    if (code < 0x80) {
      // Passport Latin digraphs before single letters: shch, zh, kh, sh, ch, ts.
      const latin = asciiLower(code);
      const next = i + 1 < length ? asciiLower(text.charCodeAt(i + 1)) : 0;
      if (
        next === CODE_H &&
        (latin === CODE_Z || latin === CODE_K || latin === CODE_S || latin === CODE_C)
      ) {
        if (
          latin === CODE_S &&
          i + 3 < length &&
          asciiLower(text.charCodeAt(i + 2)) === CODE_C &&
          asciiLower(text.charCodeAt(i + 3)) === CODE_H
        ) {
          folded = 'ш';
          i += 3;
        } else {
          folded = latin === CODE_Z ? 'ж' : latin === CODE_K ? 'х' : latin === CODE_S ? 'ш' : 'ч';
          i += 1;
        }
      } else if (latin === CODE_T && next === CODE_S) {
        folded = 'ц';
        i += 1;
      } else {
        folded = FOLDED[code] as string;
      }
    } else if (code < TABLE_SIZE) {
      if (!normalised && code >= COMBINING_FIRST && code <= COMBINING_LAST) return NEEDS_NFC;
      folded = FOLDED[code] as string;
    } else {
      folded = foldBeyondTable(code);
      if (folded === SEPARATOR) {
        if (n > 0) space = true;
        continue;
      }
    }
    if (folded === '') continue;
    if (space) {
      c[n++] = 0x20;
      space = false;
    }
    for (let k = 0; k < folded.length; k++) {
      const out = folded.charCodeAt(k);
      // дж → ж, also for Latin "dzh" / "dj"
      if (out === CODE_CYRILLIC_ZHE && n > 0 && c[n - 1] === CODE_CYRILLIC_DE) c[n - 1] = out;
      else c[n++] = out;
    }
  }
  return n;
}

/**
 * Folded names, remembered: a list repeats the same given names, patronymics and surnames
 * thousands of times, and a hit costs a fraction of a fold. Cleared when full; when most
 * lookups since the last clearing missed (names that do not repeat), the cache is left alone
 * for a while, as remembering would then cost more than it saves.
 */
const nameCache = new Map<string, string>();
const NAME_CACHE_LIMIT = 1 << 14;
let cacheHits = 0;
let cacheMisses = 0;
let cacheBypass = 0;

/** The last text folded by foldText: family members share an address, on adjacent rows. */
let lastText = '';
let lastTextFolded = '';

/** The folded name: its tokens (runs of letters) joined by one space. */
export function foldName(text: string): string {
  if (cacheBypass > 0) {
    cacheBypass--;
    return fold(text, NAME_KINDS);
  }
  let folded = nameCache.get(text);
  if (folded !== undefined) {
    cacheHits++;
    return folded;
  }
  folded = fold(text, NAME_KINDS);
  cacheMisses++;
  if (nameCache.size >= NAME_CACHE_LIMIT) {
    nameCache.clear();
    if (cacheHits < cacheMisses) cacheBypass = NAME_CACHE_LIMIT * 4;
    cacheHits = 0;
    cacheMisses = 0;
  }
  nameCache.set(text, folded);
  return folded;
}

/** The folded tokens of a name; apostrophes, hyphens, digits and spaces split tokens. */
export function foldTokens(text: string): string[] {
  const folded = foldName(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Like foldName, but digits belong to tokens: for addresses ("Абая 12а" → "абаиа 12а"). */
export function foldText(text: string): string {
  if (text !== lastText) {
    lastTextFolded = fold(text, TEXT_KINDS);
    lastText = text;
  }
  return lastTextFolded;
}

/**
 * Like foldName, but each '?' is kept as a token character, for text where a code page without
 * the Kazakh letters replaced them with '?' ("Тег?" for "Тегі"). Compare with wildcardMatches.
 */
export function foldWithWildcards(text: string): string {
  return fold(text, WILDCARD_KINDS);
}

/** Whether a foldWithWildcards result matches a folded text, each '?' standing for one letter. */
export function wildcardMatches(pattern: string, folded: string): boolean {
  if (pattern.length !== folded.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i);
    const f = folded.charCodeAt(i);
    if (p !== f && (p !== CODE_QUESTION || f === 0x20)) return false;
  }
  return true;
}
