import { inflateSync } from 'node:zlib';

// Reads the text back out of the PDFs Waypoint writes, the way a PDF viewer would, so tests
// check what is on the page rather than metadata. pdf-lib always deflates page content
// streams; for the standard fonts it writes each line as a hex string of WinAnsi codes shown
// with Tj. Object streams are off, so every content stream is a top-level object.

const STREAM = /<<([\s\S]*?)>>\s*stream\r?\n/g;
const SHOWN_TEXT = /<([0-9A-Fa-f\s]*)>\s*Tj/g;
const winAnsi = new TextDecoder('windows-1252');

/** The lines of text drawn on a PDF's pages, in the order they were drawn. */
export function pdfLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(STREAM)) {
    const dictionary = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length;
    const length = /\/Length (\d+)/.exec(dictionary);
    if (!length) continue;
    const raw = pdf.subarray(start, start + Number(length[1]));
    const content = dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw;
    for (const shown of content.toString('latin1').matchAll(SHOWN_TEXT)) {
      const hex = (shown[1] ?? '').replace(/\s/g, '');
      lines.push(winAnsi.decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines;
}

/** A PDF's page text as one string, wrapped lines joined by spaces. */
export function pdfText(pdf: Buffer): string {
  return pdfLines(pdf).join(' ');
}
