import {
  CreateOwnPromptDocument,
  LibraryPromptFieldsFragmentDoc,
  PromptLibraryPageDocument,
  SetPromptHiddenDocument,
  UpdateOwnPromptDocument,
} from '../../__generated__/graphql';
import type { LibraryPromptFieldsFragment } from '../../__generated__/graphql';

/** What the page shows of a prompt, and what a save answers. */
export const libraryPromptFieldsFragment = LibraryPromptFieldsFragmentDoc;

/** The signed-in clinician's prompt library: Waypoint's prompts and their own, hidden ones too. */
export const promptLibraryDocument = PromptLibraryPageDocument;

/** Adds a prompt of the clinician's own. */
export const createOwnPromptDocument = CreateOwnPromptDocument;

/** Saves one of the clinician's own prompts over the version it was read at. */
export const updateOwnPromptDocument = UpdateOwnPromptDocument;

/** Hides a prompt from the clinician's session suggestions, or shows it again. */
export const setPromptHiddenDocument = SetPromptHiddenDocument;

/** One prompt as the prompt library page shows it. */
export type LibraryPrompt = LibraryPromptFieldsFragment;
