/** The drawing area of a caseload sparkline, in SVG user units. */
export const SPARKLINE_WIDTH = 64;
export const SPARKLINE_HEIGHT = 20;

/**
 * The points of a small trend line (an SVG polyline's `points`) through the values, oldest
 * first, spread across the width. The vertical scale runs from `minimum` to the larger of
 * `maximum` and the largest value, so a quiet fortnight draws flat rather than as a cliff.
 */
export function sparklinePoints(
  values: readonly number[],
  scale: { readonly minimum: number; readonly maximum?: number },
): string {
  if (values.length === 0) return '';
  const top = Math.max(scale.maximum ?? 1, ...values);
  const span = top - scale.minimum || 1;
  // One value sits at the right-hand end, where the latest value of a longer line would be.
  const step = values.length === 1 ? 0 : SPARKLINE_WIDTH / (values.length - 1);
  const start = values.length === 1 ? SPARKLINE_WIDTH : 0;
  // A pixel of margin keeps the line's stroke inside the box.
  const y = (value: number) =>
    1 +
    (SPARKLINE_HEIGHT - 2) *
      (1 - (Math.min(Math.max(value, scale.minimum), top) - scale.minimum) / span);
  return values
    .map((value, index) => `${round(start + index * step)},${round(y(value))}`)
    .join(' ');
}

/** The last point of `sparklinePoints`, where a dot marks "now". */
export function lastSparklinePoint(
  points: string,
): { readonly x: number; readonly y: number } | null {
  const last = points.split(' ').at(-1);
  if (!last) return null;
  const [x, y] = last.split(',').map(Number);
  return { x, y };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
