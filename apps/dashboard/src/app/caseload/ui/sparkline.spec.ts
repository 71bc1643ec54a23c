import {
  lastSparklinePoint,
  SPARKLINE_HEIGHT,
  SPARKLINE_WIDTH,
  sparklinePoints,
} from './sparkline';

// The box is 64 × 20 with a pixel of margin top and bottom: y runs from 19 (the scale's
// minimum) up to 1 (its top).

describe('sparklinePoints', () => {
  it('spreads the values across the width, oldest first, scaled to the largest', () => {
    expect(SPARKLINE_WIDTH).toBe(64);
    expect(SPARKLINE_HEIGHT).toBe(20);
    expect(sparklinePoints([0, 2, 4], { minimum: 0 })).toBe('0,19 32,10 64,1');
    expect(sparklinePoints([1, 3, 2, 0, 4], { minimum: 0 })).toBe('0,14.5 16,5.5 32,10 48,19 64,1');
  });

  it('rounds to a tenth of a unit', () => {
    expect(sparklinePoints([0, 1, 0, 1], { minimum: 0 })).toBe('0,19 21.3,1 42.7,19 64,1');
  });

  it('draws weeks of nothing as a flat line along the floor, not a cliff', () => {
    expect(sparklinePoints([0, 0, 0], { minimum: 0 })).toBe('0,19 32,19 64,19');
  });

  it('holds a fixed scale, so an unchanging score draws flat where it sits', () => {
    // GAS T-scores on 20 to 80: 50, the expected outcome, is half way up.
    expect(sparklinePoints([50, 50], { minimum: 20, maximum: 80 })).toBe('0,10 64,10');
    expect(sparklinePoints([35, 65], { minimum: 20, maximum: 80 })).toBe('0,14.5 64,5.5');
  });

  it('keeps a value below the minimum on the floor, and widens the scale for one above the top', () => {
    expect(sparklinePoints([10, 50], { minimum: 20, maximum: 80 })).toBe('0,19 64,10');
    expect(sparklinePoints([20, 90], { minimum: 20, maximum: 80 })).toBe('0,19 64,1');
  });

  it('puts a single value at the right-hand end, where the latest of a longer line would be', () => {
    expect(sparklinePoints([3], { minimum: 0 })).toBe('64,1');
    expect(sparklinePoints([0], { minimum: 0 })).toBe('64,19');
    expect(sparklinePoints([50], { minimum: 20, maximum: 80 })).toBe('64,10');
  });

  it('draws nothing for no values', () => {
    expect(sparklinePoints([], { minimum: 0 })).toBe('');
  });
});

describe('lastSparklinePoint', () => {
  it('is the line’s last point, where the dot for now goes', () => {
    expect(lastSparklinePoint('0,19 32,10 64,1')).toEqual({ x: 64, y: 1 });
    expect(lastSparklinePoint(sparklinePoints([0, 1, 0, 1], { minimum: 0 }))).toEqual({
      x: 64,
      y: 1,
    });
    expect(lastSparklinePoint('64,10')).toEqual({ x: 64, y: 10 });
  });

  it('is null for a line with no points', () => {
    expect(lastSparklinePoint('')).toBeNull();
  });
});
