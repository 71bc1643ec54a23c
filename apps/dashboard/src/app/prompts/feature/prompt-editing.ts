import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { formDialogSize } from '../../clients/feature/dialog-sizes';
import type { FormProblem } from '../../clients/ui/form-problems';
import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import type { LibraryPrompt } from '../data-access/prompt-documents';
import { PromptLibrary } from '../data-access/prompt-library';
import { PromptDialog, type PromptDialogData, type PromptValue } from '../ui/prompt-dialog';
import { PROMPT_SITUATION_LABELS } from '../ui/prompt-situation-labels';

/**
 * Adding and editing the clinician's own prompts in a dialog. An edit is saved over the version
 * it was read at; when the prompt changed meanwhile (another tab, another device), the prompt is
 * read again, the saved wording is shown beside the clinician's, and nothing is overwritten
 * unless they save again.
 */
@Injectable()
export class PromptEditing {
  private readonly library = inject(PromptLibrary);
  private readonly dialog = inject(MatDialog);

  /** Opens the dialog for a new prompt; resolves with whether one was added. */
  add(): Promise<boolean> {
    return this.open(null, async (value) => {
      await this.library.create(inputOf(value));
      return null;
    });
  }

  /** Opens the dialog on one of the clinician's own prompts; resolves with whether it was saved. */
  edit(prompt: LibraryPrompt): Promise<boolean> {
    let version = prompt.version;
    return this.open(prompt, async (value) => {
      try {
        await this.library.update(prompt.id, version, inputOf(value));
        return null;
      } catch (error) {
        if (readApiProblem(error).code !== 'CONFLICT') throw error;
      }
      const saved = await this.library.reload(prompt.id);
      if (saved === undefined) return removedMeanwhileProblem;
      // Saving again now goes over the version just read, so it is a deliberate choice.
      version = saved.version;
      return changedMeanwhileProblem(saved);
    });
  }

  private async open(
    prompt: LibraryPrompt | null,
    save: (value: PromptValue) => Promise<FormProblem | null>,
  ): Promise<boolean> {
    const dialogRef = this.dialog.open<PromptDialog, PromptDialogData, boolean>(PromptDialog, {
      ...formDialogSize,
      data: {
        prompt: prompt && { text: prompt.text, situations: prompt.situations },
        save: (value) => save(value).catch(formProblemOf),
      },
    });
    return (await firstValueFrom(dialogRef.afterClosed())) === true;
  }
}

function inputOf(value: PromptValue) {
  return { text: value.text, situations: [...value.situations] };
}

/** What the dialog says when the prompt was saved elsewhere after it was opened. */
export function changedMeanwhileProblem(saved: LibraryPrompt): FormProblem {
  const situations = saved.situations.map((situation) => PROMPT_SITUATION_LABELS[situation]);
  return {
    field: null,
    message:
      `This prompt was changed somewhere else after you opened it. It now reads “${saved.text}” ` +
      `(${situations.join(', ')}). Your wording is still here: choose Save prompt to use yours ` +
      'instead, or Cancel to keep the saved one.',
  };
}

const removedMeanwhileProblem: FormProblem = {
  field: null,
  message:
    'This prompt is no longer in your library, so there is nothing to save over. Copy your wording if you want to add it again.',
};

function formProblemOf(error: unknown): FormProblem {
  const problem = readApiProblem(error);
  if (problem.isUnreachable) return { field: null, message: unreachableMessage };
  if (problem.code === 'BAD_USER_INPUT' && problem.message) {
    return { field: problem.field, message: problem.message };
  }
  return {
    field: null,
    message: problem.message
      ? `That did not go through: ${problem.message}`
      : 'That did not go through. Try again in a moment.',
  };
}
