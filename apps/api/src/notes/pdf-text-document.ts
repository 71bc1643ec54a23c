import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

// A plain text document as a PDF: headings and paragraphs on A4 pages in Helvetica, wrapped
// to the page width, with new pages as they fill. The standard fonts encode only WinAnsi
// (Windows-1252), so text the font cannot show is replaced rather than failing the export:
// curly quotes, dashes and accented Latin letters are in WinAnsi and stay as they are.

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** The kinds of line the documents use. */
const STYLES = {
  title: { size: 18, isBold: true, spaceBefore: 0, spaceAfter: 10 },
  heading: { size: 13, isBold: true, spaceBefore: 14, spaceAfter: 4 },
  body: { size: 11, isBold: false, spaceBefore: 0, spaceAfter: 6 },
  detail: { size: 10, isBold: false, spaceBefore: 0, spaceAfter: 2 },
} as const;

type Style = keyof typeof STYLES;

// Characters outside WinAnsi that text typed on a phone or pasted from elsewhere often holds.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\ufeff': '',
  '\t': '    ',
};

/** A PDF being written top to bottom. */
export class PdfTextDocument {
  readonly #document: PDFDocument;
  readonly #regular: PDFFont;
  readonly #bold: PDFFont;
  readonly #encodable: ReadonlySet<number>;
  #page: PDFPage;
  #y: number;

  private constructor(document: PDFDocument, regular: PDFFont, bold: PDFFont) {
    this.#document = document;
    this.#regular = regular;
    this.#bold = bold;
    this.#encodable = new Set(regular.getCharacterSet());
    this.#page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.#y = PAGE_HEIGHT - MARGIN;
  }

  /** A new document; its metadata names only what it is, never whom it is about. */
  static async create(title: string): Promise<PdfTextDocument> {
    const document = await PDFDocument.create();
    document.setTitle(title);
    document.setCreator('Waypoint');
    document.setProducer('Waypoint');
    const regular = await document.embedFont(StandardFonts.Helvetica);
    const bold = await document.embedFont(StandardFonts.HelveticaBold);
    return new PdfTextDocument(document, regular, bold);
  }

  /** Writes text in a style; each line break starts a new line, long lines wrap. */
  write(text: string, style: Style = 'body'): void {
    const { size, isBold, spaceBefore, spaceAfter } = STYLES[style];
    const font = isBold ? this.#bold : this.#regular;
    const lineHeight = size * 1.35;
    this.#y -= spaceBefore;
    for (const line of this.printable(text).split('\n')) {
      for (const wrapped of wrap(line, font, size)) {
        if (this.#y - lineHeight < MARGIN) this.#newPage();
        this.#y -= lineHeight;
        if (wrapped !== '') {
          this.#page.drawText(wrapped, {
            x: MARGIN,
            y: this.#y + (lineHeight - size) / 2,
            size,
            font,
            color: rgb(0.1, 0.1, 0.1),
          });
        }
      }
    }
    this.#y -= spaceAfter;
  }

  /** The text with every character the font cannot encode replaced. */
  printable(text: string): string {
    let result = '';
    for (const character of text.replace(/\r\n?/g, '\n')) {
      result += this.#printableCharacter(character);
    }
    return result;
  }

  /** The finished PDF. Object streams off, so each page's content stream stands on its own. */
  async save(): Promise<Uint8Array> {
    return this.#document.save({ useObjectStreams: false });
  }

  #printableCharacter(character: string): string {
    if (character === '\n') return character;
    const code = character.codePointAt(0) ?? 0;
    if (this.#encodable.has(code)) return character;
    const lookAlike = LOOK_ALIKES[character];
    if (lookAlike !== undefined) return lookAlike;
    // An accented letter outside WinAnsi (ő, ł): its base letter, if the font has that.
    const base = character.normalize('NFKD').replace(/\p{M}/gu, '');
    if (base !== '' && [...base].every((part) => this.#encodable.has(part.codePointAt(0) ?? 0))) {
      return base;
    }
    // Control characters say nothing on paper; anything else is marked as left out.
    return /\p{C}/u.test(character) ? '' : '?';
  }

  #newPage(): void {
    this.#page = this.#document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.#y = PAGE_HEIGHT - MARGIN;
  }
}

/** A line split into lines no wider than the text column, at spaces where it can be. */
function wrap(line: string, font: PDFFont, size: number): string[] {
  const fits = (text: string) => font.widthOfTextAtSize(text, size) <= TEXT_WIDTH;
  if (fits(line)) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/(?<= )/)) {
    if (fits(current + word)) {
      current += word;
      continue;
    }
    if (current !== '') lines.push(current.trimEnd());
    current = '';
    // A word wider than the column (a long link) is broken where it reaches the edge.
    for (const character of word) {
      if (current !== '' && !fits(current + character)) {
        lines.push(current);
        current = '';
      }
      current += character;
    }
  }
  if (current.trim() !== '' || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
