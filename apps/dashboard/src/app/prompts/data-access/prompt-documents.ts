import { graphql } from '../../__generated__';
import type { LibraryPromptFieldsFragment } from '../../__generated__/graphql';

/** What the page shows of a prompt, and what a save answers. */
export const libraryPromptFieldsFragment = graphql(`
  fragment LibraryPromptFields on Prompt {
    id
    text
    situations
    isBuiltIn
    isHidden
    version
  }
`);

/** The signed-in clinician's prompt library: Waypoint's prompts and their own, hidden ones too. */
export const promptLibraryDocument = graphql(`
  query PromptLibraryPage {
    prompts {
      ...LibraryPromptFields
    }
  }
`);

/** Adds a prompt of the clinician's own. */
export const createOwnPromptDocument = graphql(`
  mutation CreateOwnPrompt($input: PromptInput!) {
    createPrompt(input: $input) {
      ...LibraryPromptFields
    }
  }
`);

/** Saves one of the clinician's own prompts over the version it was read at. */
export const updateOwnPromptDocument = graphql(`
  mutation UpdateOwnPrompt($id: ID!, $version: Int!, $input: PromptInput!) {
    updatePrompt(id: $id, version: $version, input: $input) {
      ...LibraryPromptFields
    }
  }
`);

/** Hides a prompt from the clinician's session suggestions, or shows it again. */
export const setPromptHiddenDocument = graphql(`
  mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {
    setPromptHidden(id: $id, isHidden: $isHidden) {
      id
      isHidden
    }
  }
`);

/** One prompt as the prompt library page shows it. */
export type LibraryPrompt = LibraryPromptFieldsFragment;
