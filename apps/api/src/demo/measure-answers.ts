import { hashText, seededRandom } from './demo-random';

// Demo scores are written as totals; these functions spread a total over the items so that
// every stored answer list is a plausible questionnaire that adds up to its total.

const HIGHEST_ITEM_ANSWER = 3;

// How readily each item picks up points. Low mood, loss of interest, sleep and tiredness are
// the items people in primary care endorse most; psychomotor change the least.
const PHQ9_ITEM_WEIGHTS_WITHOUT_ITEM_NINE = [1.3, 1.4, 1.2, 1.4, 0.8, 1.0, 1.0, 0.5];
const GAD7_ITEM_WEIGHTS = [1.3, 1.3, 1.3, 1.1, 0.7, 0.9, 0.8];

/** Spreads a total over items answered 0-3, favouring items with a higher weight. */
export function spreadTotal(total: number, weights: readonly number[], seedText: string): number[] {
  if (!Number.isInteger(total) || total < 0 || total > weights.length * HIGHEST_ITEM_ANSWER) {
    throw new RangeError(`Cannot spread ${total} over ${weights.length} items answered 0-3`);
  }
  const random = seededRandom(hashText(seedText));
  const answers = weights.map(() => 0);
  for (let point = 0; point < total; point += 1) {
    const openItems = answers.flatMap((answer, item) =>
      answer < HIGHEST_ITEM_ANSWER ? [item] : [],
    );
    const openWeight = openItems.reduce((sum, item) => sum + weights[item], 0);
    let remaining = random() * openWeight;
    let chosenItem = openItems[openItems.length - 1];
    for (const item of openItems) {
      remaining -= weights[item];
      if (remaining < 0) {
        chosenItem = item;
        break;
      }
    }
    answers[chosenItem] += 1;
  }
  return answers;
}

/** PHQ-9 answers adding up to `total`, with item 9 (thoughts of self-harm) set explicitly. */
export function phq9Answers(total: number, itemNine: number, seedText: string): number[] {
  if (!Number.isInteger(itemNine) || itemNine < 0 || itemNine > HIGHEST_ITEM_ANSWER) {
    throw new RangeError(`PHQ-9 item 9 must be 0-3, got ${itemNine}`);
  }
  // Item 9 is never filled in by chance: a safety flag in the demo must be deliberate.
  return [
    ...spreadTotal(total - itemNine, PHQ9_ITEM_WEIGHTS_WITHOUT_ITEM_NINE, seedText),
    itemNine,
  ];
}

/** GAD-7 answers adding up to `total`. */
export function gad7Answers(total: number, seedText: string): number[] {
  return spreadTotal(total, GAD7_ITEM_WEIGHTS, seedText);
}
