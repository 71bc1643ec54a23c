import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { createPrompt, listPrompts, setPromptHidden, updatePrompt } from './prompts.service';

export const promptQueryResolvers: Pick<QueryResolvers, 'prompts'> = {
  prompts: (_parent, _arguments, context) => listPrompts(context),
};

export const promptMutationResolvers: Pick<
  MutationResolvers,
  'createPrompt' | 'updatePrompt' | 'setPromptHidden'
> = {
  createPrompt: (_parent, { input }, context) => createPrompt(context, input),
  updatePrompt: (_parent, { id, version, input }, context) =>
    updatePrompt(context, id, version, input),
  setPromptHidden: (_parent, { id, isHidden }, context) => setPromptHidden(context, id, isHidden),
};
