import { computed, inject, Injectable, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type { PromptInput } from '../../__generated__/graphql';
import {
  createOwnPromptDocument,
  promptLibraryDocument,
  setPromptHiddenDocument,
  updateOwnPromptDocument,
  type LibraryPrompt,
} from './prompt-documents';

/**
 * The signed-in clinician's prompt library, watched from Apollo's cache and changed through
 * the API. Provide it on the page that shows the library, so the watch ends when the page does.
 */
@Injectable()
export class PromptLibrary {
  private readonly apollo = inject(APOLLO);
  private readonly queryRef = this.apollo.watchQuery({ query: promptLibraryDocument });
  private readonly result = toSignal(this.queryRef.valueChanges);

  /** Whether a fetch is in flight, the first one or a retry. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /**
   * Whether the latest finished fetch failed. It stays true while a retry is in flight, so the
   * failure message and its "Try again" button do not vanish from under the clinician's focus.
   */
  readonly hasFailed = linkedSignal({
    source: this.result,
    computation: (result, previous?: { value: boolean }) =>
      result === undefined || result.loading
        ? (previous?.value ?? false)
        : result.error !== undefined,
  }).asReadonly();

  /** Every prompt of the library, or undefined until a complete answer has arrived. */
  readonly prompts = computed<readonly LibraryPrompt[] | undefined>(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.prompts : undefined;
  });

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    // A failed refetch is already reported through the watched result; the promise only repeats it.
    this.queryRef.refetch().catch(() => undefined);
  }

  /** Reads one prompt again as the server holds it now; undefined when it is gone. */
  async reload(promptId: string): Promise<LibraryPrompt | undefined> {
    const { data } = await this.queryRef.refetch();
    return data?.prompts.find((prompt) => prompt.id === promptId);
  }

  /** Adds a prompt of the clinician's own and puts it in the library. */
  async create(input: PromptInput): Promise<LibraryPrompt> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({ mutation: createOwnPromptDocument, variables: { input } }),
    );
    if (!data) throw new Error('The new prompt answer had no data');
    const created = data.createPrompt;
    this.apollo.client.cache.updateQuery({ query: promptLibraryDocument }, (cached) =>
      cached && !cached.prompts.some((prompt) => prompt.id === created.id)
        ? { prompts: [...cached.prompts, created] }
        : cached,
    );
    return created;
  }

  /** Saves an own prompt over the version it was read at; a stale version answers CONFLICT. */
  async update(promptId: string, version: number, input: PromptInput): Promise<LibraryPrompt> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: updateOwnPromptDocument,
        variables: { id: promptId, version, input },
      }),
    );
    if (!data) throw new Error('The saved prompt answer had no data');
    return data.updatePrompt;
  }

  /** Hides a prompt from session suggestions, or shows it again; the list changes at once. */
  async setHidden(promptId: string, isHidden: boolean): Promise<void> {
    // The typename lets the cache find the prompt to change before the server answers.
    const changed = { __typename: 'Prompt' as const, id: promptId, isHidden };
    await firstValueFrom(
      this.apollo.mutate({
        mutation: setPromptHiddenDocument,
        variables: { id: promptId, isHidden },
        optimisticResponse: { setPromptHidden: changed },
      }),
    );
  }
}
