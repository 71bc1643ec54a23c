import type { Transaction } from 'kysely';
import type { PromptSituation } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

/** A prompt a clinician wrote for their own library. */
export interface OwnPrompt {
  readonly id: string;
  readonly practiceId: string;
  readonly clinicianId: string;
  readonly version: number;
  readonly text: string;
  readonly situations: readonly PromptSituation[];
}

const ownPromptColumns = [
  'id',
  'practice_id as practiceId',
  'clinician_id as clinicianId',
  'version',
  'text',
  'situations',
] as const;

/** A clinician's own prompts, oldest first. */
export function listOwnPrompts(db: Executor, clinicianId: string): Promise<OwnPrompt[]> {
  return db
    .selectFrom('own_prompt')
    .select(ownPromptColumns)
    .where('clinician_id', '=', clinicianId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** An own prompt, or null; of any clinician (the policy decides). */
export async function findOwnPrompt(db: Executor, id: string): Promise<OwnPrompt | null> {
  if (!isRecordId(id)) return null;
  return (
    (await db
      .selectFrom('own_prompt')
      .select(ownPromptColumns)
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export interface OwnPromptFields {
  readonly text: string;
  readonly situations: readonly PromptSituation[];
}

export function insertOwnPrompt(
  transaction: Transaction<Database>,
  author: { readonly practiceId: string; readonly clinicianId: string },
  fields: OwnPromptFields,
): Promise<OwnPrompt> {
  return transaction
    .insertInto('own_prompt')
    .values({
      practice_id: author.practiceId,
      clinician_id: author.clinicianId,
      text: fields.text,
      situations: [...fields.situations],
    })
    .returning(ownPromptColumns)
    .executeTakeFirstOrThrow();
}

/** Saves an own prompt over `version`; null when that version is no longer current. */
export async function saveOwnPrompt(
  transaction: Transaction<Database>,
  id: string,
  version: number,
  fields: OwnPromptFields,
): Promise<OwnPrompt | null> {
  return (
    (await transaction
      .updateTable('own_prompt')
      .set((eb) => ({
        text: fields.text,
        situations: [...fields.situations],
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(ownPromptColumns)
      .executeTakeFirst()) ?? null
  );
}

/** The ids of the prompts a clinician hid, built-in or own. */
export async function listHiddenPromptIds(db: Executor, clinicianId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('hidden_prompt')
    .select('prompt_id')
    .where('clinician_id', '=', clinicianId)
    .execute();
  return new Set(rows.map((row) => row.prompt_id));
}

/** Hides a prompt from a clinician's suggestions, or shows it again; true when it changed. */
export async function saveHidden(
  transaction: Transaction<Database>,
  clinicianId: string,
  promptId: string,
  isHidden: boolean,
): Promise<boolean> {
  if (isHidden) {
    const inserted = await transaction
      .insertInto('hidden_prompt')
      .values({ clinician_id: clinicianId, prompt_id: promptId })
      .onConflict((conflict) => conflict.columns(['clinician_id', 'prompt_id']).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  const deleted = await transaction
    .deleteFrom('hidden_prompt')
    .where('clinician_id', '=', clinicianId)
    .where('prompt_id', '=', promptId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}
