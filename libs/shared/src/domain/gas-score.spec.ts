import { GAS_ASSUMED_CORRELATION, gasTScore, type GasWeightedRating } from './gas-score';
import type { GasLevel } from './goal';

// T = 50 + 10·Σ(wᵢxᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²), Kiresuk TJ, Sherman RE (1968), Goal
// attainment scaling: A general method for evaluating comprehensive community mental health
// programs, Community Mental Health Journal 4(6):443-453. The expected values below are worked
// by hand from that formula with ρ = 0.3; the arithmetic is in each comment.

const unweighted = (...levels: GasLevel[]): GasWeightedRating[] =>
  levels.map((level) => ({ level, weight: 1 }));

describe('GAS T-score', () => {
  it('assumes the inter-goal correlation of 0.3 that Kiresuk and Sherman used', () => {
    expect(GAS_ASSUMED_CORRELATION).toBe(0.3);
  });

  it('is 50 when every goal is attained at the expected level, whatever the weights', () => {
    expect(gasTScore(unweighted(0))).toBe(50);
    expect(
      gasTScore([
        { level: 0, weight: 3 },
        { level: 0, weight: 1 },
        { level: 0, weight: 2 },
      ]),
    ).toBe(50);
  });

  it('is 60 for one unweighted goal at +1', () => {
    // 50 + 10·1 / √(0.7·1 + 0.3·1) = 50 + 10 / 1
    expect(gasTScore(unweighted(1))).toBeCloseTo(60, 10);
  });

  it('is 62.403 for two unweighted goals both at +1', () => {
    // Σwx = 2, Σw² = 2, (Σw)² = 4: 50 + 20 / √(1.4 + 1.2) = 50 + 20 / √2.6 = 62.4035
    expect(gasTScore(unweighted(1, 1))).toBeCloseTo(62.403, 3);
  });

  it('is 54.4065 for weights 3, 2, 1 at levels +1, 0, -1', () => {
    // Σwx = 3 + 0 - 1 = 2, Σw² = 9 + 4 + 1 = 14, (Σw)² = 6² = 36
    // 50 + 20 / √(0.7·14 + 0.3·36) = 50 + 20 / √(9.8 + 10.8) = 50 + 20 / √20.6 = 54.4065
    const ratings: GasWeightedRating[] = [
      { level: 1, weight: 3 },
      { level: 0, weight: 2 },
      { level: -1, weight: 1 },
    ];
    expect(gasTScore(ratings)).toBeCloseTo(54.4065, 4);
  });

  it('is 37.9517 for weights 2, 1 at levels -2, +1', () => {
    // Σwx = -4 + 1 = -3, Σw² = 4 + 1 = 5, (Σw)² = 3² = 9
    // 50 - 30 / √(0.7·5 + 0.3·9) = 50 - 30 / √(3.5 + 2.7) = 50 - 30 / √6.2 = 37.9517
    const ratings: GasWeightedRating[] = [
      { level: -2, weight: 2 },
      { level: 1, weight: 1 },
    ];
    expect(gasTScore(ratings)).toBeCloseTo(37.9517, 4);
  });

  it.each([
    // n goals all at -2: 50 - 20n / √(0.7n + 0.3n²)
    [1, 30], // 50 - 20 / √1
    [3, 22.614], // 50 - 60 / √(2.1 + 2.7) = 50 - 60 / √4.8
    [5, 19.8489], // 50 - 100 / √(3.5 + 7.5) = 50 - 100 / √11
  ])('with %i unweighted goals all at -2 is %d', (goalCount, expected) => {
    const ratings = unweighted(...Array.from({ length: goalCount }, () => -2 as const));
    expect(gasTScore(ratings)).toBeCloseTo(expected, 3);
  });

  it('gives equal weight to every goal under the independence assumption ρ = 0', () => {
    // 50 + 10·(1 + 1) / √(1·2 + 0·4) = 50 + 20 / √2 = 64.1421
    expect(gasTScore(unweighted(1, 1), 0)).toBeCloseTo(64.1421, 4);
  });

  it('mirrors around 50 when every level is negated', () => {
    const ratings: GasWeightedRating[] = [
      { level: 2, weight: 1 },
      { level: -1, weight: 3 },
      { level: 1, weight: 2 },
    ];
    const mirrored = ratings.map(({ level, weight }) => ({ level: -level as GasLevel, weight }));
    expect(gasTScore(ratings) - 50).toBeCloseTo(50 - gasTScore(mirrored), 10);
  });

  it('does not change when every weight is multiplied by the same factor', () => {
    // Waypoint's 1..3 range means only all-1 weights can be doubled or tripled.
    const levels: GasLevel[] = [2, -1, 0, 1];
    const atWeight = (weight: number) => levels.map((level) => ({ level, weight }));
    expect(gasTScore(atWeight(2))).toBeCloseTo(gasTScore(atWeight(1)), 10);
    expect(gasTScore(atWeight(3))).toBeCloseTo(gasTScore(atWeight(1)), 10);
  });

  it('refuses to score a review with no rated goals', () => {
    expect(() => gasTScore([])).toThrow(RangeError);
  });

  it.each([3, -3, 0.5, Number.NaN])('refuses the level %d, which is not on the scale', (level) => {
    expect(() => gasTScore([{ level: level as GasLevel, weight: 1 }])).toThrow(RangeError);
  });

  it.each([0, 4, 1.5, -1, Number.NaN])('refuses the weight %d, outside 1 to 3', (weight) => {
    expect(() => gasTScore([{ level: 1, weight }])).toThrow(RangeError);
  });

  it.each([-0.1, 1.1, Number.NaN])('refuses the assumed correlation %d', (rho) => {
    expect(() => gasTScore(unweighted(1), rho)).toThrow(RangeError);
  });
});
