import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipListboxChange } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { PromptSituation } from '@waypoint/shared';

import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import type { LibraryPrompt } from '../data-access/prompt-documents';
import { PromptLibrary } from '../data-access/prompt-library';
import { PromptList, type PromptHiddenChange, type PromptView } from '../ui/prompt-list';
import { PROMPT_SITUATION_LABELS, promptSituationOptions } from '../ui/prompt-situation-labels';
import { PromptEditing } from './prompt-editing';

/** Which situation the list is narrowed to, or every situation. */
type SituationFilter = PromptSituation | 'ALL';

/** How long Undo stays on offer after hiding a prompt (UX.md: 10 seconds). */
const undoWindowMs = 10_000;

/**
 * The clinician's prompt library: Waypoint's prompts and their own, grouped, filtered by
 * situation, with hidden ones shown on request. Own prompts are added and edited in a dialog.
 */
@Component({
  selector: 'wp-prompt-library-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    PromptList,
  ],
  providers: [PromptLibrary, PromptEditing],
  templateUrl: './prompt-library-page.html',
  styleUrl: './prompt-library-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PromptLibraryPage {
  private readonly library = inject(PromptLibrary);
  private readonly editing = inject(PromptEditing);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly isLoading = this.library.isLoading;
  protected readonly hasFailed = this.library.hasFailed;
  protected readonly situationOptions = promptSituationOptions;

  protected readonly situation = signal<SituationFilter>('ALL');
  protected readonly showsHidden = signal(false);
  /** What happened on the page, said in a polite live region. */
  protected readonly status = signal('');
  /** What went wrong outside a dialog, said in an alert region. */
  protected readonly pageProblem = signal<string | null>(null);

  /** The prompts that fit the chosen situation, hidden ones included. */
  private readonly fitting = computed(() => {
    const situation = this.situation();
    const prompts = this.library.prompts() ?? [];
    return situation === 'ALL'
      ? prompts
      : prompts.filter((prompt) => prompt.situations.includes(situation));
  });
  private readonly shown = computed(() =>
    this.showsHidden() ? this.fitting() : this.fitting().filter((prompt) => !prompt.isHidden),
  );

  protected readonly hasLoaded = computed(() => this.library.prompts() !== undefined);
  protected readonly ownPrompts = computed(() =>
    this.shown().filter((prompt) => !prompt.isBuiltIn),
  );
  protected readonly builtInPrompts = computed(() =>
    this.shown().filter((prompt) => prompt.isBuiltIn),
  );

  protected readonly summary = computed(() => {
    const shownCount = this.shown().length;
    const hiddenCount = this.fitting().filter((prompt) => prompt.isHidden).length;
    const shown = `${shownCount} ${shownCount === 1 ? 'prompt' : 'prompts'}`;
    if (this.showsHidden() || hiddenCount === 0) return `Showing ${shown}.`;
    const hidden = hiddenCount === 1 ? '1 hidden prompt is' : `${hiddenCount} hidden prompts are`;
    return `Showing ${shown}. ${hidden} not shown.`;
  });

  protected readonly ownEmptyMessage = computed(() => {
    const hasOwn = (this.library.prompts() ?? []).some((prompt) => !prompt.isBuiltIn);
    if (!hasOwn) {
      return 'You have not added prompts of your own yet. Write one in your own words and choose when it fits.';
    }
    return this.emptyMessage(this.fitting().filter((prompt) => !prompt.isBuiltIn));
  });
  protected readonly builtInEmptyMessage = computed(() =>
    this.emptyMessage(this.fitting().filter((prompt) => prompt.isBuiltIn)),
  );

  protected tryAgain(): void {
    this.library.refetch();
  }

  protected chooseSituation(change: MatChipListboxChange): void {
    // A click on the chosen chip would leave nothing chosen; "All situations" is the way back.
    this.situation.set((change.value as SituationFilter | undefined) ?? 'ALL');
  }

  protected async addPrompt(): Promise<void> {
    this.pageProblem.set(null);
    if (await this.editing.add()) this.status.set('Your prompt is added.');
  }

  protected async editPrompt(view: PromptView): Promise<void> {
    const prompt = this.find(view.id);
    if (!prompt) return;
    this.pageProblem.set(null);
    if (await this.editing.edit(prompt)) this.status.set('Your prompt is saved.');
  }

  protected async setHidden(change: PromptHiddenChange): Promise<void> {
    const { prompt, isHidden } = change;
    this.pageProblem.set(null);
    // With hidden prompts left out, the button goes with its prompt: focus moves to the group.
    if (isHidden && !this.showsHidden()) {
      this.focusSoon(prompt.isBuiltIn ? '#built-in-prompts-heading' : '#own-prompts-heading');
    }
    try {
      await this.library.setHidden(prompt.id, isHidden);
    } catch (error) {
      this.pageProblem.set(describeFailure(error));
      return;
    }
    if (!isHidden) {
      this.status.set('Shown again. Waypoint can offer it in sessions.');
      return;
    }
    this.status.set('Hidden. Waypoint will not offer it in sessions.');
    const reference = this.snackBar.open('Prompt hidden', 'Undo', {
      duration: undoWindowMs,
      politeness: 'polite',
    });
    reference.onAction().subscribe(() => void this.setHidden({ prompt, isHidden: false }));
  }

  private find(promptId: string): LibraryPrompt | undefined {
    return this.library.prompts()?.find((prompt) => prompt.id === promptId);
  }

  private emptyMessage(fitting: readonly LibraryPrompt[]): string {
    const situation = this.situation();
    const where = situation === 'ALL' ? '' : ` for “${PROMPT_SITUATION_LABELS[situation]}”`;
    if (fitting.length === 0) return `No prompts here${where}.`;
    return `The prompts here${where} are hidden. Turn on Show hidden to see them.`;
  }

  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

function describeFailure(error: unknown): string {
  const problem = readApiProblem(error);
  if (problem.isUnreachable) return unreachableMessage;
  return problem.message
    ? `That did not go through: ${problem.message}`
    : 'That did not go through. Try again in a moment.';
}
