import { BUILT_IN_PROMPTS, type Prompt, type PromptSituation } from '@waypoint/shared';
import type { Executor } from '../database/tables';
import { listHiddenPromptIds, listOwnPrompts, type OwnPrompt } from './prompt.repository';

/** A prompt as one clinician's library holds it. */
export interface LibraryPrompt extends Prompt {
  readonly isBuiltIn: boolean;
  readonly isHidden: boolean;
  readonly version: number;
}

/** A prompt offered for a session and why. */
export interface LibraryPromptSuggestion {
  readonly prompt: LibraryPrompt;
  readonly situation: PromptSituation;
  readonly reason: string;
}

/** A clinician's library: Waypoint's prompts first, in their order, then their own. */
export async function promptLibraryOf(db: Executor, clinicianId: string): Promise<LibraryPrompt[]> {
  const [own, hidden] = await Promise.all([
    listOwnPrompts(db, clinicianId),
    listHiddenPromptIds(db, clinicianId),
  ]);
  return [
    ...BUILT_IN_PROMPTS.map((prompt) => builtIn(prompt, hidden.has(prompt.id))),
    ...own.map((prompt) => ownInLibrary(prompt, hidden.has(prompt.id))),
  ];
}

/** A built-in prompt by id, or null. */
export function findBuiltInPrompt(id: string): Prompt | null {
  return BUILT_IN_PROMPTS.find((prompt) => prompt.id === id) ?? null;
}

export function builtIn(prompt: Prompt, isHidden: boolean): LibraryPrompt {
  return {
    id: prompt.id,
    text: prompt.text,
    situations: prompt.situations,
    isBuiltIn: true,
    isHidden,
    version: 1,
  };
}

export function ownInLibrary(prompt: OwnPrompt, isHidden: boolean): LibraryPrompt {
  return {
    id: prompt.id,
    text: prompt.text,
    situations: prompt.situations,
    isBuiltIn: false,
    isHidden,
    version: prompt.version,
  };
}
