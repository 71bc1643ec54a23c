import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import {
  noteToMarkdown,
  noteToPlainText,
  type NoteFormat,
  type NoteSigning,
} from '@waypoint/shared';

import { downloadTextFile } from '../../shared/download-text-file';
import { NoteChanges } from '../data-access/note-changes';

/** The note as the export functions take it. */
export interface ExportableNote {
  readonly id: string;
  readonly format: NoteFormat;
  readonly sections: Readonly<Record<string, string>>;
  /** The heading the copy starts with: "Progress note: Sam, 12 March 2026". */
  readonly heading: string;
  /** The file name a download falls back to, without its extension. */
  readonly fileName: string;
  /** A signed note's signature and addenda, which follow its sections. */
  readonly signing: NoteSigning;
}

/** A copy's kind. */
export type CopyKind = 'MARKDOWN' | 'PLAIN_TEXT';

const copyKinds: Readonly<
  Record<CopyKind, { readonly words: string; readonly extension: string; readonly type: string }>
> = {
  MARKDOWN: { words: 'Markdown', extension: 'md', type: 'text/markdown' },
  PLAIN_TEXT: { words: 'text', extension: 'txt', type: 'text/plain' },
};

/**
 * The exports made in the browser (print, copy as Markdown or text), each recorded on the
 * note's audit trail. Every method answers what to tell the clinician.
 */
@Injectable()
export class NoteExports {
  private readonly changes = inject(NoteChanges);
  private readonly window = inject(DOCUMENT).defaultView;

  /** Opens the browser's print dialog on the page's print layout. */
  async print(note: ExportableNote): Promise<string> {
    this.window?.print();
    return this.recorded(note.id, 'PRINT', 'Sent to print.');
  }

  /** Copies the note to the clipboard; where that is refused, downloads it as a file. */
  async copy(note: ExportableNote, kind: CopyKind): Promise<string> {
    const text =
      kind === 'MARKDOWN'
        ? noteToMarkdown(note.format, note.sections, note.heading, note.signing)
        : noteToPlainText(note.format, note.sections, note.heading, note.signing);
    const { words, extension, type } = copyKinds[kind];
    let done: string;
    try {
      const clipboard = this.window?.navigator.clipboard;
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(text);
      done = `Copied as ${words}. Paste it where you keep your records.`;
    } catch {
      // Clipboard access can be refused (no permission, an insecure origin): a file still works.
      downloadTextFile(text, `${note.fileName}.${extension}`, type);
      done = `The clipboard isn't available here, so the note was downloaded as a ${words} file.`;
    }
    return this.recorded(note.id, kind, done);
  }

  private async recorded(id: string, kind: 'PRINT' | CopyKind, done: string): Promise<string> {
    try {
      await this.changes.recordExport(id, kind);
      return done;
    } catch {
      return `${done} Waypoint couldn't record the export on the note's history.`;
    }
  }
}
