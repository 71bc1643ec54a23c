import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import {
  hasSafetyFlag,
  instrumentName,
  scoreMeasure,
  TEXT_LIMITS,
  type SessionModality,
  type StandardMeasure,
} from '@waypoint/shared';
import { firstValueFrom } from 'rxjs';

import {
  MeasureFormDialog,
  type MeasureFormDialogData,
  type MeasureFormValue,
} from '../../measures/ui/measure-form-dialog';
import { NoteChanges } from '../../notes/data-access/note-changes';
import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import { ConfirmDialog, type Confirmation } from '../../shared/confirm-dialog';
import { localIsoDate } from '../../shared/relative-day';
import type { SessionAction, SessionActionKind } from '../data-access/session-action';
import { SessionActionQueue } from '../data-access/session-action-queue';
import { SessionScreenReader } from '../data-access/session-screen-reader';
import { MoodRow } from '../ui/mood-row';
import { PromptCard, type PromptAnswer } from '../ui/prompt-card';
import { QuickLog } from '../ui/quick-log';
import { SavingStatus } from '../ui/saving-status';
import { SessionActivity } from '../ui/session-activity';
import { SessionGoals, type MilestoneToggle } from '../ui/session-goals';
import type { MoodValue, PromptSuggestionView, QuickLogValue } from '../ui/session-views';
import { ShortcutHelpDialog } from '../ui/shortcut-help-dialog';
import { sessionScreenView } from './session-screen-view';
import { isTypingTarget, shortcutFor } from './session-shortcuts';

const modalityLabels: Readonly<Record<SessionModality, string>> = {
  IN_PERSON: 'In person',
  VIDEO: 'Video',
  PHONE: 'Phone',
};

// Typing pauses this long before the notes are saved.
const NOTES_SAVE_DELAY_MS = 1_200;

/**
 * The screen a clinician keeps open during a session. Every action is kept in the browser's
 * queue first and sent from there, so nothing is lost when the connection drops; what the
 * screen shows is the saved record with the waiting actions laid over it.
 */
@Component({
  selector: 'wp-session-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    MoodRow,
    PromptCard,
    QuickLog,
    SavingStatus,
    SessionActivity,
    SessionGoals,
  ],
  providers: [SessionScreenReader],
  templateUrl: './session-page.html',
  styleUrl: './session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
})
export class SessionPage {
  private readonly reader = inject(SessionScreenReader);
  private readonly viewerReader = inject(SignedInViewerReader);
  private readonly dialog = inject(MatDialog);
  private readonly noteChanges = inject(NoteChanges);
  private readonly router = inject(Router);
  protected readonly queue = inject(SessionActionQueue);

  /** The client's id, from the route. */
  readonly clientId = input.required<string>();

  protected readonly client = this.reader.client;
  protected readonly isFromTab = this.reader.isFromTab;
  protected readonly loadFailure = this.reader.loadFailure;
  protected readonly modalityLabels = modalityLabels;
  protected readonly modalities = Object.keys(modalityLabels) as SessionModality[];
  protected readonly limits = TEXT_LIMITS;

  protected readonly chosenModality = signal<SessionModality>('IN_PERSON');
  protected readonly startProblem = signal<string | null>(null);
  protected readonly isStarting = signal(false);
  /** The session this screen ended, kept to show its summary once the record moves on. */
  protected readonly endedSession = signal<{
    id: string;
    endedAt: string;
    startedAt: string;
  } | null>(null);
  protected readonly notes = signal('');
  protected readonly now = signal(Date.now());
  /** Whether the ended session's progress note is being drafted. */
  protected readonly isDraftingNote = signal(false);
  protected readonly draftNoteProblem = signal<string | null>(null);

  private readonly quickLog = viewChild(QuickLog);
  private readonly moodRow = viewChild(MoodRow);
  private readonly promptCard = viewChild(PromptCard);
  private readonly notesField = viewChild<ElementRef<HTMLTextAreaElement>>('notesField');

  private readonly accountId = computed(() => this.viewerReader.viewer()?.clinician.id ?? null);
  protected readonly session = computed(() => this.client()?.openSession ?? null);
  private readonly sessionId = computed(() => this.session()?.id ?? null);

  protected readonly view = computed(() => {
    const client = this.client();
    const session = this.session();
    if (!client || !session) return null;
    const inThisSession = (action: { sessionId: string }) => action.sessionId === session.id;
    return sessionScreenView(
      client,
      session,
      this.queue.waiting().filter(inThisSession),
      this.queue.rejected().filter((refusal) => inThisSession(refusal.action)),
    );
  });

  protected readonly minutesSoFar = computed(() => {
    const session = this.session();
    return session
      ? Math.max(0, Math.floor((this.now() - Date.parse(session.startedAt)) / 60_000))
      : 0;
  });

  private notesTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => this.reader.watch(this.clientId()));
    effect(() => {
      const accountId = this.accountId();
      if (accountId !== null && untracked(() => this.queue.accountId()) !== accountId) {
        void this.queue.load(accountId);
      }
    });
    // The saved notes fill the field when the session arrives, not on every later answer:
    // a save's answer must never overwrite what is being typed since.
    effect(() => {
      if (this.sessionId() !== null) this.notes.set(untracked(() => this.session()?.notes ?? ''));
    });
    const clock = setInterval(() => this.now.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(clock);
      this.flushNotes();
    });
  }

  /** A moment as this browser's local time of day, "10:52". */
  protected timeOf(moment: string): string {
    return new Date(moment).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  protected retry(): void {
    this.reader.refetch();
  }

  protected async start(): Promise<void> {
    this.isStarting.set(true);
    this.startProblem.set(null);
    const problem = await this.reader.start(this.chosenModality());
    this.isStarting.set(false);
    if (problem === null) return;
    this.startProblem.set(
      problem.isUnreachable
        ? "Waypoint can't be reached, so the session can't start yet. Check the connection and try again."
        : (problem.message ?? 'The session could not start.'),
    );
    this.reader.refetch();
  }

  protected toggleMilestone({ milestone, isDone }: MilestoneToggle): void {
    this.take(isDone ? 'TICK_MILESTONE' : 'UNTICK_MILESTONE', {
      variables: { id: milestone.id },
      label: `${isDone ? 'Ticked' : 'Unticked'} “${milestone.title}”`,
    });
  }

  protected log({ kind, clientWords }: QuickLogValue): void {
    const client = this.client();
    if (!client) return;
    this.take('LOG_PROGRESS', {
      variables: {
        clientId: client.id,
        input: { kind, category: 'OTHER', clientWords, occurredOn: localIsoDate(new Date()) },
      },
      label: `${kind === 'WIN' ? 'Small win' : 'Setback'}: “${clientWords}”`,
    });
  }

  protected recordMood({ rating, word }: MoodValue): void {
    const client = this.client();
    if (!client) return;
    this.take('RECORD_MEASURE', {
      variables: {
        input: {
          clientId: client.id,
          instrument: 'MOOD',
          answers: [rating],
          moodWord: word,
          administeredOn: localIsoDate(new Date()),
        },
      },
      label: `Mood check-in: ${rating} of 10${word ? `, “${word}”` : ''}`,
    });
  }

  protected give(instrument: StandardMeasure): void {
    const client = this.client();
    if (!client) return;
    this.dialog.open<MeasureFormDialog, MeasureFormDialogData, boolean>(MeasureFormDialog, {
      width: '760px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
      data: {
        instrument,
        draft: null,
        isContinuingDraft: false,
        today: localIsoDate(new Date()),
        // The form closes at once: the queue keeps the answers, online or not.
        save: async (value: MeasureFormValue) => {
          const total = scoreMeasure(instrument, value.answers);
          const flagged = instrument === 'PHQ9' && hasSafetyFlag(value.answers);
          this.take('RECORD_MEASURE', {
            variables: {
              input: {
                clientId: client.id,
                instrument,
                answers: value.answers,
                difficulty: value.difficulty,
                administeredOn: value.administeredOn,
              },
            },
            label: `${instrumentName(instrument)} ${total === null ? 'saved as a draft' : `given: ${total}`}${flagged ? ', item 9 above 0' : ''}`,
          });
          return null;
        },
      },
    });
  }

  protected markAsked(prompt: PromptSuggestionView): void {
    this.take('MARK_PROMPT_ASKED', {
      variables: { promptId: prompt.promptId, reason: prompt.reason },
      label: `Asked: “${prompt.text}”`,
    });
  }

  protected answer({ prompt, answer }: PromptAnswer): void {
    const reason = 'reason' in prompt ? prompt.reason : null;
    this.take('ANSWER_PROMPT', {
      variables: { promptId: prompt.promptId, answer, reason },
      label: `Answer to “${prompt.text}”: “${answer}”`,
    });
  }

  protected typeNotes(text: string): void {
    this.notes.set(text);
    if (this.notesTimer !== null) clearTimeout(this.notesTimer);
    this.notesTimer = setTimeout(() => this.flushNotes(), NOTES_SAVE_DELAY_MS);
  }

  protected flushNotes(): void {
    if (this.notesTimer === null) return;
    clearTimeout(this.notesTimer);
    this.notesTimer = null;
    const session = this.session();
    if (!session) return;
    this.take('SAVE_NOTES', { variables: { notes: this.notes() }, label: 'Session notes' });
  }

  protected async end(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const isConfirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, {
          data: {
            title: 'End the session?',
            message: `It ends now, after ${this.minutesSoFar()} minutes. Everything recorded stays on the client's record.`,
            confirmLabel: 'End session',
            cancelLabel: 'Keep going',
          },
        })
        .afterClosed(),
    );
    if (!isConfirmed) return;
    this.flushNotes();
    const endedAt = new Date().toISOString();
    this.take('END_SESSION', { variables: { endedAt }, label: 'Ended the session' });
    this.reader.forgetKept();
    this.endedSession.set({ id: session.id, startedAt: session.startedAt, endedAt });
  }

  /** Drafts the ended session's progress note from the saved record and opens it. */
  protected async draftNote(): Promise<void> {
    const ended = this.endedSession();
    const client = this.client();
    if (!ended || !client || this.isDraftingNote()) return;
    this.isDraftingNote.set(true);
    this.draftNoteProblem.set(null);
    try {
      // The note is drafted from what the server has: what still waits is sent first.
      await this.queue.sendWaiting();
      const waiting = this.queue.waitingCount();
      if (waiting > 0) {
        this.draftNoteProblem.set(
          `${waiting} ${waiting === 1 ? 'change is' : 'changes are'} still waiting to be saved, and the note is drafted from the saved record. Try again once the status says Saved.`,
        );
        return;
      }
      const note = await this.noteChanges.draft(ended.id);
      await this.router.navigate(['/clients', client.id, 'notes', note.id]);
    } catch (error) {
      const problem = readApiProblem(error);
      this.draftNoteProblem.set(
        problem.isUnreachable
          ? unreachableMessage
          : (problem.message ?? 'The progress note could not be drafted.'),
      );
    } finally {
      this.isDraftingNote.set(false);
    }
  }

  protected retryRefused(key: string): void {
    void this.queue.retryRejected(key);
  }

  protected dismissRefused(key: string): void {
    void this.queue.dismissRejected(key);
  }

  protected showShortcuts(): void {
    if (this.dialog.openDialogs.length > 0) return;
    this.dialog.open(ShortcutHelpDialog, { width: '520px', maxWidth: 'calc(100vw - 32px)' });
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && isTypingTarget(event.target)) {
      (event.target as HTMLElement).blur();
      return;
    }
    if (this.dialog.openDialogs.length > 0 || isTypingTarget(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const view = this.view();
    if (!view || this.endedSession()) return;
    const shortcut = shortcutFor(event.key);
    if (shortcut === null) return;
    event.preventDefault();
    switch (shortcut.kind) {
      case 'MILESTONE': {
        const milestone = view.milestonesByShortcut.get(shortcut.number);
        if (milestone) this.toggleMilestone({ milestone, isDone: !milestone.isDone });
        return;
      }
      case 'WIN':
      case 'SETBACK':
        this.quickLog()?.focus(shortcut.kind);
        return;
      case 'MOOD':
        this.moodRow()?.record();
        return;
      case 'SHUFFLE':
        this.promptCard()?.shuffle();
        return;
      case 'ANSWER':
        this.promptCard()?.focusFirstAnswer();
        return;
      case 'NOTES':
        this.notesField()?.nativeElement.focus();
        return;
      case 'END':
        void this.end();
        return;
      case 'HELP':
        this.showShortcuts();
        return;
    }
  }

  /** Keeps an action in the queue, which sends it now or as soon as Waypoint can be reached. */
  private take(
    kind: SessionActionKind,
    action: Pick<SessionAction, 'label'> & { readonly variables: Record<string, unknown> },
  ): void {
    const session = this.session();
    const accountId = this.accountId();
    if (!session || accountId === null) return;
    // Every action names its session: the ones that act on the session itself by `id`.
    const sessionVariable = kind === 'SAVE_NOTES' || kind === 'END_SESSION' ? 'id' : 'sessionId';
    const variables =
      kind === 'RECORD_MEASURE'
        ? {
            ...action.variables,
            input: { ...(action.variables['input'] as object), sessionId: session.id },
          }
        : { ...action.variables, [sessionVariable]: session.id };
    void this.queue.enqueue({
      key: crypto.randomUUID(),
      accountId,
      sessionId: session.id,
      kind,
      variables,
      label: action.label,
      takenAt: new Date().toISOString(),
    });
  }
}
