import { GAS_LEVEL_NAMES, type GasLevelDescriptions, type Goal } from '@waypoint/shared';
import type { GoalInput, MilestoneInput } from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';
import { integerBetween, optionalText, requiredText } from '../graphql/input-checks';
import type { GoalFields } from './goal.repository';
import type { MilestoneFields } from './milestone.repository';

/** How each GAS level is named in messages. */
const GAS_LEVEL_LABELS = {
  muchLess: 'The -2 level',
  less: 'The -1 level',
  expected: 'The expected (0) level',
  more: 'The +1 level',
  muchMore: 'The +2 level',
} as const;

/**
 * A goal's fields, checked and tidied; the target date may not come before `setOn`. Fields are
 * named from the input object (`prefix` 'goal.' inside CreateGoalInput).
 */
export function validateGoal(input: GoalInput, setOn: string, prefix = ''): GoalFields {
  const field = (name: string) => `${prefix}${name}`;
  const targetDate = input.targetDate ?? null;
  if (targetDate !== null && targetDate < setOn) {
    throw apiError(
      'BAD_USER_INPUT',
      `The target date cannot be before the goal was set (${setOn})`,
      field('targetDate'),
    );
  }
  return {
    clientWords: requiredText(
      input.clientWords,
      field('clientWords'),
      'goalClientWords',
      "The goal in the client's words",
    ),
    clinicianWording: optionalText(
      input.clinicianWording,
      field('clinicianWording'),
      'clinicianWording',
      'The clinical wording',
    ),
    domain: input.domain,
    specific: optionalText(input.specific, field('specific'), 'specific', 'What exactly'),
    measureOfSuccess: optionalText(
      input.measureOfSuccess,
      field('measureOfSuccess'),
      'measureOfSuccess',
      'How we will know',
    ),
    targetDate,
    gasLevels: input.gasLevels ? gasLevels(input.gasLevels, field('gasLevels')) : null,
    weight: integerBetween(
      input.weight ?? 1,
      1,
      3,
      field('weight'),
      'The weight',
    ) as Goal['weight'],
  };
}

function gasLevels(input: GasLevelDescriptions, field: string): GasLevelDescriptions {
  const entries = GAS_LEVEL_NAMES.map((name) => [
    name,
    requiredText(input[name], `${field}.${name}`, 'gasLevelDescription', GAS_LEVEL_LABELS[name]),
  ]);
  return Object.fromEntries(entries) as GasLevelDescriptions;
}

/** A milestone's fields, checked and tidied. */
export function validateMilestone(input: MilestoneInput): MilestoneFields {
  return {
    title: requiredText(input.title, 'title', 'milestoneTitle', 'The milestone'),
    dueOn: input.dueOn ?? null,
  };
}

/** Throws unless `ids` names each of `expected` exactly once (a new order of all of them). */
export function checkCompleteOrder(
  ids: readonly string[],
  expected: readonly string[],
  field: string,
  what: string,
): void {
  if (new Set(ids).size !== ids.length) {
    throw apiError('BAD_USER_INPUT', `Name each ${what} once`, field);
  }
  const known = new Set(expected);
  if (ids.some((id) => !known.has(id))) throw apiError('NOT_FOUND', `${what} not found`, field);
  if (ids.length !== expected.length) {
    throw apiError(
      'CONFLICT',
      `A ${what.toLowerCase()} was added or removed since you opened this page. Reload and try again`,
      field,
    );
  }
}
