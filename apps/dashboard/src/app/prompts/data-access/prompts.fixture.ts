import type { PromptSituation } from '@waypoint/shared';

/** A prompt as the server answers it (with __typename), for specs. */
export function aPrompt(
  id: string,
  text: string,
  situations: readonly PromptSituation[],
  options: { readonly isHidden?: boolean; readonly version?: number } = {},
) {
  return {
    __typename: 'Prompt' as const,
    id,
    text,
    situations: [...situations],
    isBuiltIn: id.startsWith('builtin-'),
    isHidden: options.isHidden ?? false,
    version: options.version ?? 1,
  };
}
