import { PROMPT_SITUATIONS, type PromptSituation } from '@waypoint/shared';
import type { PromptInput } from '../__generated__/resolvers-types';
import { recordAuditEvent, type AuditEntry } from '../audit/audit-trail';
import { authorize, requireViewer } from '../auth/authorize';
import { mayChangeOwnPrompt } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { requiredText, staleVersion, unknownRecord } from '../graphql/input-checks';
import {
  builtIn,
  findBuiltInPrompt,
  ownInLibrary,
  promptLibraryOf,
  type LibraryPrompt,
} from './prompt-library';
import {
  findOwnPrompt,
  insertOwnPrompt,
  listHiddenPromptIds,
  saveHidden,
  saveOwnPrompt,
  type OwnPrompt,
  type OwnPromptFields,
} from './prompt.repository';

// The prompt library: Waypoint's own prompts, which every clinician may hide but not edit,
// and each clinician's own, which only they see and change.

/** The signed-in clinician's library, hidden prompts included. */
export function listPrompts(context: RequestContext): Promise<LibraryPrompt[]> {
  const viewer = requireViewer(context);
  return promptLibraryOf(context.db, viewer.clinicianId);
}

/** A prompt of the viewer's library by id, for asking it in a session. */
export async function promptOfLibrary(
  context: RequestContext,
  viewer: Viewer,
  promptId: string,
  field: string,
): Promise<LibraryPrompt> {
  const hidden = await listHiddenPromptIds(context.db, viewer.clinicianId);
  const shipped = findBuiltInPrompt(promptId);
  if (shipped) return builtIn(shipped, hidden.has(shipped.id));
  const own = await authoredPrompt(context, viewer, promptId, field);
  return ownInLibrary(own, hidden.has(own.id));
}

export async function createPrompt(
  context: RequestContext,
  input: PromptInput,
): Promise<LibraryPrompt> {
  const viewer = requireViewer(context);
  const fields = validatePrompt(input);
  return context.db.transaction().execute(async (transaction) => {
    const prompt = await insertOwnPrompt(transaction, viewer, fields);
    await recordAuditEvent(transaction, promptEvent(context, viewer, 'CREATED', prompt.id));
    return ownInLibrary(prompt, false);
  });
}

export async function updatePrompt(
  context: RequestContext,
  promptId: string,
  version: number,
  input: PromptInput,
): Promise<LibraryPrompt> {
  const viewer = requireViewer(context);
  if (findBuiltInPrompt(promptId)) {
    throw apiError(
      'BAD_USER_INPUT',
      "Waypoint's own prompts cannot be edited: hide it and add your own wording",
      'id',
    );
  }
  const current = await authoredPrompt(context, viewer, promptId, 'id');
  const fields = validatePrompt(input);
  const hidden = await listHiddenPromptIds(context.db, viewer.clinicianId);
  return context.db.transaction().execute(async (transaction) => {
    const prompt = await saveOwnPrompt(transaction, current.id, version, fields);
    if (!prompt) throw staleVersion('prompt');
    await recordAuditEvent(transaction, promptEvent(context, viewer, 'UPDATED', prompt.id));
    return ownInLibrary(prompt, hidden.has(prompt.id));
  });
}

export async function setPromptHidden(
  context: RequestContext,
  promptId: string,
  isHidden: boolean,
): Promise<LibraryPrompt> {
  const viewer = requireViewer(context);
  const prompt = await promptOfLibrary(context, viewer, promptId, 'id');
  await context.db.transaction().execute(async (transaction) => {
    if (await saveHidden(transaction, viewer.clinicianId, prompt.id, isHidden)) {
      await recordAuditEvent(transaction, promptEvent(context, viewer, 'UPDATED', prompt.id));
    }
  });
  return { ...prompt, isHidden };
}

async function authoredPrompt(
  context: RequestContext,
  viewer: Viewer,
  promptId: string,
  field: string,
): Promise<OwnPrompt> {
  const prompt = await findOwnPrompt(context.db, promptId);
  if (!prompt) throw unknownRecord('Prompt', field);
  await authorize(context, viewer, mayChangeOwnPrompt(viewer, prompt), {
    entityType: 'PROMPT',
    entityId: prompt.practiceId === viewer.practiceId ? prompt.id : null,
    field,
    askedFor: 'Prompt',
  });
  return prompt;
}

function validatePrompt(input: PromptInput): OwnPromptFields {
  const text = requiredText(input.text, 'text', 'promptText', 'The prompt');
  const situations = [...new Set(input.situations)].sort(
    (left, right) => PROMPT_SITUATIONS.indexOf(left) - PROMPT_SITUATIONS.indexOf(right),
  ) as PromptSituation[];
  if (situations.length === 0) {
    throw apiError(
      'BAD_USER_INPUT',
      'Choose at least one situation that makes the prompt relevant',
      'situations',
    );
  }
  return { text, situations };
}

// Own prompts are the clinician's, not a client's record: the event names no client.
function promptEvent(
  context: RequestContext,
  viewer: Viewer,
  action: 'CREATED' | 'UPDATED',
  promptId: string,
): AuditEntry {
  return {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action,
    entityType: 'PROMPT',
    entityId: promptId,
    clientId: null,
    requestId: context.requestId,
    outcome: 'SUCCESS',
  };
}
