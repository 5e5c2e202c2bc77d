import { malformed, tooLarge, XLSX_LIMITS } from './xlsx-limits';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
/** Bytes of a tag kept for a look at its name and attributes. */
const TAG_KEPT = 256;

/**
 * A streaming look at XML, enough to bound what the parser will build: element depth, DTDs,
 * and in a sheet its rows and the rightmost column holding a value. Not a parser: it only
 * tells tags, comments, CDATA and processing instructions apart, chunk boundaries included.
 */
export class XmlScan {
  private state: 'text' | 'tag' | 'comment' | 'cdata' | 'special' = 'text';
  private quote = 0;
  private readonly tag = Buffer.alloc(TAG_KEPT);
  private tagLength = 0;
  /** The tag's last byte before `>`, kept even past TAG_KEPT (a `/` closes it at once). */
  private lastByte = 0;
  private tail = 0;
  private depth = 0;
  private rows = 0;
  private lastRow = 0;
  private column = 0;
  private widest = 0;

  constructor(
    private readonly name: string,
    private readonly sheet: boolean,
  ) {}

  feed(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === 'text') {
        const lt = chunk.indexOf(LT, i);
        if (lt < 0) return;
        this.state = 'tag';
        this.tagLength = 0;
        this.lastByte = 0;
        this.quote = 0;
        i = lt + 1;
      } else if (this.state === 'tag') {
        for (; i < n; i++) {
          const byte = chunk[i]!;
          if (this.quote !== 0) {
            if (byte === this.quote) this.quote = 0;
          } else if (byte === QUOTE || byte === APOSTROPHE) {
            this.quote = byte;
          } else if (byte === GT) {
            i++;
            this.endTag();
            break;
          }
          this.lastByte = byte;
          if (this.tagLength < TAG_KEPT) this.tag[this.tagLength++] = byte;
          if (this.tagLength === 8 && this.tag[0] === BANG) {
            if (this.startsWith('![CDATA[')) this.enter('cdata');
            else if (this.startsWith('!DOCTYPE')) throw malformed(`${this.name} declares a DTD`);
          } else if (this.tagLength === 3 && this.startsWith('!--')) {
            this.enter('comment');
          }
          if (this.state !== 'tag') {
            i++;
            break;
          }
        }
      } else {
        // A comment ends at -->, CDATA at ]]>; the two bytes before > are kept in `tail`.
        const closer = this.state === 'comment' ? 0x2d2d : 0x5d5d;
        for (; i < n; i++) {
          const byte = chunk[i]!;
          if (byte === GT && this.tail === closer) {
            this.state = 'text';
            i++;
            break;
          }
          this.tail = ((this.tail << 8) | byte) & 0xffff;
        }
      }
    }
  }

  end(): void {
    if (this.state !== 'text' || this.depth !== 0) throw malformed(`${this.name} is cut short`);
    this.checkSheet();
  }

  private enter(state: 'comment' | 'cdata'): void {
    this.state = state;
    this.tail = 0;
  }

  private startsWith(text: string): boolean {
    for (let k = 0; k < text.length; k++) {
      if (this.tag[k] !== text.charCodeAt(k)) return false;
    }
    return true;
  }

  private endTag(): void {
    this.state = 'text';
    const first = this.tag[0];
    if (first === QUESTION || first === BANG) return;
    if (first === SLASH) {
      this.depth--;
      if (this.depth < 0) throw malformed(`${this.name} closes more elements than it opens`);
      return;
    }
    const selfClosing = this.lastByte === SLASH;
    if (!selfClosing) {
      this.depth++;
      if (this.depth > XLSX_LIMITS.depth) {
        throw tooLarge('depth', `${this.name} nests elements more than ${XLSX_LIMITS.depth} deep`);
      }
    }
    if (this.sheet) this.sheetTag(selfClosing);
  }

  /** `<row r="N">` and `<c r="AB12">`, with or without a prefix (`r` optional: then the next one). */
  private sheetTag(selfClosing: boolean): void {
    const [start, end] = this.localName();
    const is = (name: string) =>
      end - start === name.length &&
      [...name].every((letter, k) => this.tag[start + k] === letter.charCodeAt(0));
    if (is('row')) {
      this.rows++;
      const [, row] = this.reference();
      this.lastRow = row > 0 ? row : this.lastRow + 1;
      this.column = 0;
      this.checkSheet();
    } else if (is('c')) {
      const [column] = this.reference();
      this.column = column > 0 ? column : this.column + 1;
      // An empty cell (<c .../>) adds no column to the parser's rows.
      if (!selfClosing && this.column > this.widest) {
        this.widest = this.column;
        this.checkSheet();
      }
    }
  }

  /** Where the tag's name starts (after any prefix) and ends. */
  private localName(): [number, number] {
    let start = 0;
    let k = 0;
    while (k < this.tagLength) {
      const byte = this.tag[k]!;
      if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH) {
        break;
      }
      if (byte === 0x3a /* : */) start = k + 1;
      k++;
    }
    return [start, k];
  }

  /** The column (A = 1) and row of the tag's `r` attribute, 0 where absent. */
  private reference(): [number, number] {
    const tag = this.tag.subarray(0, this.tagLength);
    let at = -1;
    for (const quote of ['"', "'"]) {
      const found = tag.indexOf(` r=${quote}`);
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
    if (at < 0) return [0, 0];
    let column = 0;
    let row = 0;
    for (let k = at + 4; k < tag.length; k++) {
      const byte = tag[k]!;
      if (byte >= 0x41 && byte <= 0x5a) column = column * 26 + (byte - 0x40);
      else if (byte >= 0x30 && byte <= 0x39) row = row * 10 + (byte - 0x30);
      else break;
      if (row > 1e9 || column > 1e9) break;
    }
    return [column, row];
  }

  private checkSheet(): void {
    const rows = Math.max(this.rows, this.lastRow);
    if (rows > XLSX_LIMITS.rows) {
      throw tooLarge('rows', `${this.name} has more than ${XLSX_LIMITS.rows} rows`);
    }
    if (rows * this.widest > XLSX_LIMITS.cells) {
      throw tooLarge('cells', `${this.name} has more than ${XLSX_LIMITS.cells} cells`);
    }
  }
}
