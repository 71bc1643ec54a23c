import { GAS_LEVELS, type GasLevel } from './goal';

/**
 * The inter-goal correlation Kiresuk & Sherman assumed when goals are not independent: 0.3.
 * Source: Kiresuk TJ, Sherman RE (1968). Goal attainment scaling: A general method for
 * evaluating comprehensive community mental health programs. Community Mental Health Journal
 * 4(6):443-453.
 */
export const GAS_ASSUMED_CORRELATION = 0.3;

// Waypoint's weights (Goal.weight); the paper allows any positive weight.
const GAS_MINIMUM_WEIGHT = 1;
const GAS_MAXIMUM_WEIGHT = 3;

/** One goal's attained level at a review, with the goal's weight. */
export interface GasWeightedRating {
  readonly level: GasLevel;
  readonly weight: number;
}

/**
 * The Goal Attainment Scaling T-score (Kiresuk & Sherman 1968), unrounded:
 * T = 50 + 10·Σ(wᵢxᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²).
 */
export function gasTScore(
  ratings: readonly GasWeightedRating[],
  rho: number = GAS_ASSUMED_CORRELATION,
): number {
  if (ratings.length === 0) {
    throw new RangeError('A GAS T-score needs at least one rated goal.');
  }
  // A correlation outside 0..1 could make the denominator zero or imaginary.
  if (!(rho >= 0 && rho <= 1)) {
    throw new RangeError(`The assumed inter-goal correlation must be between 0 and 1, not ${rho}.`);
  }
  let weightedLevelSum = 0;
  let weightSquareSum = 0;
  let weightSum = 0;
  for (const { level, weight } of ratings) {
    // Values arrive from forms and the database, so the type alone does not guarantee them.
    if (!(GAS_LEVELS as readonly number[]).includes(level)) {
      throw new RangeError(`A GAS level is a whole number from -2 to +2, not ${level}.`);
    }
    if (!Number.isInteger(weight) || weight < GAS_MINIMUM_WEIGHT || weight > GAS_MAXIMUM_WEIGHT) {
      throw new RangeError(
        `A goal weight is a whole number from ${GAS_MINIMUM_WEIGHT} to ${GAS_MAXIMUM_WEIGHT}, not ${weight}.`,
      );
    }
    weightedLevelSum += weight * level;
    weightSquareSum += weight * weight;
    weightSum += weight;
  }
  const denominator = Math.sqrt((1 - rho) * weightSquareSum + rho * weightSum * weightSum);
  return 50 + (10 * weightedLevelSum) / denominator;
}
