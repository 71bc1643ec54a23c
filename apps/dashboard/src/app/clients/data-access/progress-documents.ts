import {
  LogProgressEntryDocument,
  RemoveProgressEntryDocument,
  UpdateProgressEntryDocument,
} from '../../__generated__/graphql';

/** Logs a small win, a setback, a gratitude or a reflection. */
export const logProgressEntryDocument = LogProgressEntryDocument;

/** Saves a progress entry over the version it was read at. */
export const updateProgressEntryDocument = UpdateProgressEntryDocument;

/** Removes a progress entry. */
export const removeProgressEntryDocument = RemoveProgressEntryDocument;
