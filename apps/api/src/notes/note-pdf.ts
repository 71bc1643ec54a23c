import { NOTE_SECTIONS, type NoteFormat, type SessionModality } from '@waypoint/shared';
import { dayInWords } from './day-in-words';
import { PdfTextDocument } from './pdf-text-document';

// The PDFs a clinician downloads: a progress note as it stands (sections, addenda and whether
// it is signed), and a progress letter for the client. Only what the contract shows goes in:
// never a private note, and never anything in the file's metadata but what kind of file it is.

/** A note as its PDF shows it. */
export interface NoteForPdf {
  readonly clientName: string;
  readonly sessionStartedAt: string;
  readonly modality: SessionModality;
  readonly durationMinutes: number | null;
  readonly clinicianName: string;
  readonly format: NoteFormat;
  readonly sections: Readonly<Record<string, string>>;
  readonly addenda: readonly {
    readonly text: string;
    readonly authorName: string;
    readonly createdAt: string;
  }[];
  readonly signed: { readonly byName: string; readonly at: string } | null;
}

const MODALITY_WORDS: Readonly<Record<SessionModality, string>> = {
  IN_PERSON: 'in person',
  VIDEO: 'by video',
  PHONE: 'by phone',
};

/** A progress note as a PDF: a header, the format's sections, addenda and the signature. */
export async function noteToPdf(note: NoteForPdf): Promise<Uint8Array> {
  const pdf = await PdfTextDocument.create('Progress note');
  pdf.write('Progress note', 'title');
  const length = note.durationMinutes === null ? '' : `, ${note.durationMinutes} minutes`;
  pdf.write(`Client: ${note.clientName}`, 'detail');
  pdf.write(
    `Session: ${dayInWords(note.sessionStartedAt)}, ${MODALITY_WORDS[note.modality]}${length}`,
    'detail',
  );
  pdf.write(`Clinician: ${note.clinicianName}`, 'detail');
  pdf.write(`Format: ${note.format}`, 'detail');
  for (const section of NOTE_SECTIONS[note.format]) {
    pdf.write(section.title, 'heading');
    pdf.write(note.sections[section.key]?.trim() || '(Nothing written.)');
  }
  if (note.addenda.length > 0) {
    pdf.write('Addenda', 'heading');
    for (const addendum of note.addenda) {
      pdf.write(
        `Added on ${dayInWords(addendum.createdAt)} at ${timeOfDay(addendum.createdAt)} by ${addendum.authorName}:`,
        'detail',
      );
      pdf.write(addendum.text);
    }
  }
  pdf.write(
    note.signed === null
      ? 'Draft: not signed.'
      : `Signed by ${note.signed.byName} on ${dayInWords(note.signed.at)} at ${timeOfDay(note.signed.at)}.`,
    'heading',
  );
  return pdf.save();
}

/** A progress letter as a PDF: its paragraphs, as the client will read them. */
export async function letterToPdf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PdfTextDocument.create('Progress letter');
  for (const paragraph of paragraphs) pdf.write(paragraph);
  return pdf.save();
}

/** "14:05 UTC": the API counts time in UTC, as the notes do. */
function timeOfDay(isoDateTime: string): string {
  return `${isoDateTime.slice(11, 16)} UTC`;
}
