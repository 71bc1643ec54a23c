import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { NoteFormat } from '@waypoint/shared';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { autosaveStatusText } from '../data-access/autosave';
import { NoteReader } from '../data-access/note-reader';
import { AddendaList, type AddendumView } from '../ui/addenda-list';
import { AddendumForm } from '../ui/addendum-form';
import { NoteConflict } from '../ui/note-conflict';
import { collapseEdits, NoteHistory, type NoteHistoryView } from '../ui/note-history';
import {
  formatMoment,
  formatSessionDay,
  noteFormatOptions,
  sectionPurpose,
  sessionModalityLabels,
} from '../ui/note-labels';
import { NoteSectionEditor } from '../ui/note-section-editor';
import { NoteSectionsView } from '../ui/note-sections-view';
import { NoteStatusChip } from '../ui/note-status-chip';
import type { NoteSectionChange, NoteSectionView } from '../ui/note-views';
import { PrivateNotePanel } from '../ui/private-note-panel';
import { SessionRecordPanel } from '../ui/session-record-panel';
import { NoteActions } from './note-actions';
import { NoteDraft, sectionTexts } from './note-draft';
import { NoteExports, type CopyKind, type ExportableNote } from './note-exports';
import { PrivateNoteDraft } from './private-note-draft';

/**
 * One session's progress note. A draft is edited section by section beside the session's
 * record and autosaved; signing locks it, and corrections become dated addenda. The
 * clinician's private note for the session sits apart, and never leaves this page.
 */
@Component({
  selector: 'wp-note-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    AddendaList,
    AddendumForm,
    NoteConflict,
    NoteHistory,
    NoteSectionEditor,
    NoteSectionsView,
    NoteStatusChip,
    PrivateNotePanel,
    SessionRecordPanel,
  ],
  providers: [NoteReader, NoteDraft, PrivateNoteDraft, NoteActions, NoteExports],
  templateUrl: './note-page.html',
  styleUrls: ['./note-page.scss', '../ui/print-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeLeaving($event)' },
})
export class NotePage {
  private readonly reader = inject(NoteReader);
  private readonly actions = inject(NoteActions);
  private readonly exports = inject(NoteExports);
  private readonly viewer = inject(SignedInViewerReader).viewer;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly draft = inject(NoteDraft);
  protected readonly privateNote = inject(PrivateNoteDraft);

  /** The client's id, from the route. */
  readonly clientId = input.required<string>();
  /** The note's id, from the route. */
  readonly noteId = input.required<string>();

  protected readonly isLoading = this.reader.isLoading;
  protected readonly loadFailure = this.reader.loadFailure;
  protected readonly client = computed(() => this.reader.answer()?.client);
  /** The note; null when the server has none, undefined until the first answer. */
  protected readonly note = computed(() => {
    const answer = this.reader.answer();
    return answer === undefined ? undefined : answer.sessionNote;
  });
  protected readonly session = computed(() => this.note()?.session);
  protected readonly isSigned = computed(() => this.note()?.status === 'SIGNED');
  protected readonly formatOptions = noteFormatOptions;
  protected readonly modalityLabels = sessionModalityLabels;

  /** Whether the signed-in clinician wrote the note: the default format is theirs to set. */
  protected readonly isAuthor = computed(
    () => this.note()?.author.id === this.viewer()?.clinician.id,
  );

  /** The format the select shows: the note's, or the one being confirmed. */
  protected readonly chosenFormat = signal<NoteFormat | null>(null);
  protected readonly busy = this.actions.busy;
  protected readonly status = this.actions.status;
  protected readonly pageProblem = this.actions.pageProblem;
  protected readonly signProblem = this.actions.signProblem;
  protected readonly addendumProblem = this.actions.addendumProblem;

  private readonly addendumForm = viewChild(AddendumForm);

  protected readonly sections = computed<readonly NoteSectionView[]>(() => {
    const note = this.note();
    if (!note) return [];
    const texts = this.isSigned() ? sectionTexts(note) : this.draft.sections();
    return note.sections.map((section) => ({
      key: section.key,
      title: section.title,
      purpose: sectionPurpose(note.format, section.key),
      text: texts[section.key] ?? '',
    }));
  });

  protected readonly savingText = computed(() => {
    const autosave = this.draft.autosave;
    const problem = autosave.problem();
    const text = autosaveStatusText(autosave.status());
    return problem === null ? text : `${text}: ${problem}`;
  });

  protected readonly sessionLine = computed(() => {
    const session = this.session();
    if (!session) return '';
    const time = (moment: string) =>
      new Date(moment).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const when = session.endedAt
      ? `${time(session.startedAt)}–${time(session.endedAt)}`
      : time(session.startedAt);
    const length = session.durationMinutes === null ? '' : ` · ${session.durationMinutes} min`;
    return `${when} · ${this.modalityLabels[session.modality]}${length}`;
  });

  protected readonly signedLine = computed(() => {
    const note = this.note();
    if (!note?.signedAt) return null;
    const by = note.signedBy?.displayName ?? note.author.displayName;
    return `Signed by ${by} on ${formatMoment(note.signedAt)}`;
  });

  protected readonly addenda = computed<readonly AddendumView[]>(() =>
    (this.note()?.addenda ?? []).map((addendum) => ({
      id: addendum.id,
      text: addendum.text,
      createdAt: addendum.createdAt,
      authorName: addendum.author.displayName,
    })),
  );

  protected readonly history = computed<readonly NoteHistoryView[]>(() =>
    collapseEdits(
      (this.note()?.history ?? []).map((entry) => ({
        action: entry.action,
        at: entry.at,
        actorName: entry.actor?.displayName ?? null,
        count: 1,
      })),
    ),
  );

  protected readonly pdfAddress = computed(
    () => `/exports/notes/${encodeURIComponent(this.noteId())}.pdf`,
  );

  protected readonly pdfFileName = computed(() => `${this.fileName()}.pdf`);

  private readonly fileName = computed(() => {
    const session = this.session();
    const name = (this.client()?.preferredName ?? 'client').replace(/[^\p{L}\p{N}]+/gu, '-');
    return `progress-note-${name}-${session ? session.startedAt.slice(0, 10) : this.noteId()}`;
  });

  constructor() {
    effect(() => this.reader.watch(this.noteId(), this.clientId()));
    // The draft is taken from the server once per note; later answers (a save's echo) must
    // never replace what has been typed since.
    const loadedId = computed(() => this.note()?.id ?? null);
    effect(() => {
      if (loadedId() === null) return;
      untracked(() => {
        const note = this.note();
        if (!note) return;
        this.draft.load(note);
        this.privateNote.load(note.session.id, note.session.privateNote);
        this.chosenFormat.set(note.format);
        // Arriving from the session screen or a link, focus would otherwise sit on nothing.
        const active = this.host.nativeElement.ownerDocument.activeElement;
        if (active === null || active === this.host.nativeElement.ownerDocument.body) {
          this.focusSoon('[data-page-heading]');
        }
      });
    });
    const title = inject(Title);
    effect(() => {
      const name = this.client()?.preferredName;
      if (name) title.setTitle(`Progress note · ${name} · Waypoint`);
    });
    // Leaving the page saves what is waiting rather than dropping it.
    inject(DestroyRef).onDestroy(() => {
      void this.draft.autosave.flush();
      void this.privateNote.autosave.flush();
    });
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }

  protected typeSection(change: NoteSectionChange): void {
    this.draft.type(change.key, change.text);
  }

  protected saveNow(): void {
    void this.draft.autosave.flush();
  }

  protected async keepMine(): Promise<void> {
    await this.draft.keepMine();
    this.focusSoon('[data-note-section]');
  }

  protected takeSaved(): void {
    this.draft.takeSaved();
    this.status.set('Took the saved version. Nothing was overwritten.');
    this.focusSoon('[data-note-section]');
  }

  protected async keepMyPrivateNote(): Promise<void> {
    await this.privateNote.keepMine();
    this.focusSoon('[data-private-note]');
  }

  protected takeSavedPrivateNote(): void {
    this.privateNote.takeSaved();
    this.focusSoon('[data-private-note]');
  }

  protected async chooseFormat(change: MatSelectChange<NoteFormat>): Promise<void> {
    const note = this.note();
    if (!note || change.value === note.format) return;
    this.chosenFormat.set(change.value);
    const hasChanged = await this.actions.changeFormat(note, change.value);
    // Back to the note's format when it was kept or the change failed.
    this.chosenFormat.set(this.note()?.format ?? null);
    // The select was disabled while the draft was written again, which dropped its focus.
    if (hasChanged || this.pageProblem() !== null) this.focusSoon('[data-note-format]');
  }

  protected async makeDefault(): Promise<void> {
    const format = this.note()?.format;
    // The button goes once the format is the default: focus stays beside it, on the select.
    if (format && (await this.actions.makeDefault(format))) this.focusSoon('[data-note-format]');
  }

  protected async sign(): Promise<void> {
    const note = this.note();
    if (!note) return;
    if (await this.actions.sign(note)) {
      this.focusSoon('[data-signed-heading]');
    } else if (this.signProblem() !== null) {
      // Focus stays on the button; the reason appears under it, possibly below the fold.
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector('[data-sign-problem]')
            ?.scrollIntoView({ block: 'nearest' }),
        { injector: this.injector },
      );
    }
  }

  protected async addAddendum(text: string): Promise<void> {
    const note = this.note();
    if (!note) return;
    if (await this.actions.addAddendum(note.id, text)) this.addendumForm()?.clear();
    else this.addendumForm()?.focus();
  }

  protected savePrivateNow(): void {
    void this.privateNote.autosave.flush();
  }

  protected sessionDay(isoDateTime: string): string {
    return formatSessionDay(isoDateTime);
  }

  protected async print(): Promise<void> {
    const note = this.exportable();
    if (note) this.status.set(await this.exports.print(note));
  }

  protected async copy(kind: CopyKind): Promise<void> {
    const note = this.exportable();
    if (note) this.status.set(await this.exports.copy(note, kind));
  }

  protected recordPdfDownload(): void {
    this.status.set('Downloading the PDF.');
  }

  protected warnBeforeLeaving(event: BeforeUnloadEvent): void {
    if (this.draft.autosave.hasUnsaved() || this.privateNote.autosave.hasUnsaved()) {
      void this.draft.autosave.flush();
      void this.privateNote.autosave.flush();
      event.preventDefault();
    }
  }

  private exportable(): ExportableNote | null {
    const note = this.note();
    const client = this.client();
    if (!note || !client) return null;
    const day = formatSessionDay(note.session.startedAt);
    const draft = this.isSigned() ? '' : ' (draft)';
    return {
      id: note.id,
      format: note.format,
      sections: this.isSigned() ? sectionTexts(note) : this.draft.sections(),
      heading: `Progress note${draft}: ${client.preferredName}, ${day}`,
      fileName: this.fileName(),
      signing: {
        signedLine:
          note.signedAt && note.signedBy
            ? `Signed by ${note.signedBy.displayName} on ${formatMoment(note.signedAt)}`
            : undefined,
        addenda: note.addenda.map((addendum) => ({
          heading: `Addendum by ${addendum.author.displayName}, ${formatMoment(addendum.createdAt)}`,
          text: addendum.text,
        })),
      },
    };
  }

  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
