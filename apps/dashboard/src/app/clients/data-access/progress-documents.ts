import { graphql } from '../../__generated__';

/** Logs a small win, a setback, a gratitude or a reflection. */
export const logProgressEntryDocument = graphql(`
  mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {
    logProgressEntry(clientId: $clientId, input: $input) {
      ...ProgressEntryFields
    }
  }
`);

/** Saves a progress entry over the version it was read at. */
export const updateProgressEntryDocument = graphql(`
  mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {
    updateProgressEntry(id: $id, version: $version, input: $input) {
      ...ProgressEntryFields
    }
  }
`);

/** Removes a progress entry. */
export const removeProgressEntryDocument = graphql(`
  mutation RemoveProgressEntry($id: ID!, $version: Int!) {
    removeProgressEntry(id: $id, version: $version)
  }
`);
